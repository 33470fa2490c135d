package nomark

// Calls a factory of another file of this package (SPEC §3.7 rule 3). No spawning API name
// appears in this file: the file prefilter selects it for the call of a possible factory.
func usePoolLater() { // want `^function "usePoolLater" should have //goroutinectx.spawner directive \(calls pool\.Pool\.Go with func argument\)$`
	_ = poolLater(nil)
}

// A call of a function that returns no function (a pointer): not a factory call.
func useNoFactory() {
	_ = newHolder(nil)
}

// No spawning API takes no argument: `s.Go()` is a spawn call only as a factory's call, here
// of starter.Go (SPEC §3.7 rule 3).
func useStarter(s *starter) { // want `^function "useStarter" should have //goroutinectx.spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	_ = s.Go()
}

// `m.Map()`: no argument, and Map is no factory.
func useMapper(m mapper) int {
	return m.Map()
}
