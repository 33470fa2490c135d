// Code generated DO NOT EDIT.

// The line above starts with "// Code generated " and the rest, "DO NOT EDIT.", does not end
// with " DO NOT EDIT." (the space is consumed by the prefix): the file is NOT generated
// (SPEC §1.2, go/ast.IsGenerated) and is inspected.
package spawnerlabelevil

func genOverlapSpawns() { hook(work) } // want `^function "genOverlapSpawns" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`
