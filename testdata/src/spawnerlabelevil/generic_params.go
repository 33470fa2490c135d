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

// Explicit type arguments: the parameter takes the instantiated type.
func callGenOneExplicit() { genOne[func()](work) } // want `^function "callGenOneExplicit" should have //goroutinectx:spawner directive \(calls genOne with func argument\)$`

// Instantiated with `any`: the function passed is converted to an interface.
func callGenOneExplicitAny() { genOne[any](work) }

func callGenOneExplicitInt() { genOne[int](1) }

// A variadic parameter of functions yields one, even empty.
func callGenManyExplicitEmpty() { genMany[func()]() } // want `^function "callGenManyExplicitEmpty" should have //goroutinectx:spawner directive \(calls genMany with func argument\)$`

func callGenManyExplicitInts() { genMany[int](1, 2) }

// Two type parameters, one given: the other is inferred from its argument.
//
//goroutinectx:spawner
func genTwo[A, B any](a A, b B) { _, _ = a, b } // want `^function "genTwo" has unnecessary //goroutinectx:spawner directive$`

func callGenTwoPartial() { genTwo[int](1, work) } // want `^function "callGenTwoPartial" should have //goroutinectx:spawner directive \(calls genTwo with func argument\)$`

func callGenTwoPartialInts() { genTwo[int](1, 2) }

// A marked function whose only call passes no function: its directive is unnecessary.
//
//goroutinectx:spawner
func markedExplicitInt() { genOne[int](1) } // want `^function "markedExplicitInt" has unnecessary //goroutinectx:spawner directive$`
