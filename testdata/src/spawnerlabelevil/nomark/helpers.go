// Package nomark has no spawner directive anywhere and no file imports the context package:
// its want patterns spell the directive with "." for ":" so that no file contains the prefix;
// the driver may skip files that cannot spawn (SPEC §3.7 cases the skipping must not miss).
// No file here may contain the directive prefix, which would make every file parsed.
package nomark

func rebuild() error { return nil }
func work()          {}
