package spawnerlabelevil

// A method's receiver is an argument of a spawn call only when it is itself of function
// type: a pointer receiver passes a pointer (SPEC §3.7 rule 2).

type ptrJob func()

//goroutinectx:spawner
func (j *ptrJob) Run() { go (*j)() } // want `^function "Run" has unnecessary //goroutinectx:spawner directive$`

func callPtrJob(j ptrJob) { j.Run() }

func callPtrJobPtr(j *ptrJob) { j.Run() }

func callPtrJobExpr(j *ptrJob) { (*ptrJob).Run(j) }

type valJob func()

//goroutinectx:spawner
func (j valJob) Run() { go j() } // want `^function "Run" has unnecessary //goroutinectx:spawner directive$`

// A value receiver reached through a pointer: the receiver argument is *j, a valJob.
func callValJobPtr(j *valJob) { j.Run() } // want `^function "callValJobPtr" should have //goroutinectx:spawner directive \(calls Run with func argument\)$`
