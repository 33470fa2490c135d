package nomark

// Calls a factory of another file of this package (SPEC §3.7 rule 3). No spawning API name
// appears in this file.
// KNOWN GAP: upstream reports here (rule 3 through a function of another file).
func usePoolLater() {
	_ = poolLater(nil)
}
