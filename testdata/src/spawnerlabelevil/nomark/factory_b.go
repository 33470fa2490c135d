package nomark

// Calls a factory of another file of this package (SPEC §3.7 rule 3). No spawning API name
// appears in this file.
// The file is selected by the package-wide closure of the higher-order rule.
func usePoolLater() { // want `^function "usePoolLater" should have //goroutinectx.spawner directive \(calls pool\.Pool\.Go with func argument\)$`
	_ = poolLater(nil)
}
