package spawnerlabel

// In-package test files are analysed with the package (SPEC §1.1).

func testHelperSpawns() { hook(work) } // want `^function "testHelperSpawns" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`

//goroutinectx:spawner
func testHelperIdle() {} // want `^function "testHelperIdle" has unnecessary //goroutinectx:spawner directive$`

func testHelperPlain() { show(1) }
