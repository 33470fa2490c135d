package spawnerlabelevil

// A parameter typed by a type parameter has the instantiated type at a call (SSA passes
// it converted): with an inferred instantiation, the argument's own type decides.

//goroutinectx:spawner
func genOne[T any](x T) { _ = x } // want `^function "genOne" has unnecessary //goroutinectx:spawner directive$`

//goroutinectx:spawner
func genMany[T any](xs ...T) { _ = xs } // want `^function "genMany" has unnecessary //goroutinectx:spawner directive$`

func callGenOneFunc() { genOne(work) } // want `^function "callGenOneFunc" should have //goroutinectx:spawner directive \(calls genOne with func argument\)$`

func callGenOneLit() { genOne(func() {}) } // want `^function "callGenOneLit" should have //goroutinectx:spawner directive \(calls genOne with func argument\)$`

func callGenOneInt() { genOne(1) }

func callGenManyFuncs() { genMany(work, work) } // want `^function "callGenManyFuncs" should have //goroutinectx:spawner directive \(calls genMany with func argument\)$`

func callGenManyInts() { genMany(1, 2) }

// Explicit type arguments are not resolved here: neither answer is certain, so nothing is
// reported (a known gap).
func callGenOneExplicit() { genOne[func()](work) }
