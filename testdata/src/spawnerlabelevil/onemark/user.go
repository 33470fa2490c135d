package onemark

func work() {}

func useRun() { Run(work) } // want `^function "useRun" should have //goroutinectx.spawner directive \(calls Run with func argument\)$`

func usePush(q *Queue) { q.Push(work) } // want `^function "usePush" should have //goroutinectx.spawner directive \(calls Push with func argument\)$`
