package marked

import "sync"

// A marked function whose only spawn call is through another file's factory needs its
// directive.
//
//goroutinectx:spawner
func markedSpawns() {
	var wg sync.WaitGroup
	_ = spawnLater(&wg)
}

// A marked function whose factory of another file spawns nothing: unnecessary (the other
// file is read, so this is certain).
//
//goroutinectx:spawner
func markedQuiet() { // want `^function "markedQuiet" has unnecessary //goroutinectx:spawner directive$`
	_ = quietLater(1)
}

func callsRunLater() { // want `^function "callsRunLater" should have //goroutinectx:spawner directive \(calls run with func argument\)$`
	_ = runLater(work)
}
