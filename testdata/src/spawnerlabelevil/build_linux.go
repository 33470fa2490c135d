package spawnerlabelevil

// Selected on a Linux host by its file name.

func linuxSpawns() { hook(work) } // want `^function "linuxSpawns" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`
