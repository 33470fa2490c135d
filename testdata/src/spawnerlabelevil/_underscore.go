package spawnerlabelevil

// Files starting with an underscore are ignored by the go tool (SPEC §1.2).

func underscoreSpawns() { hook(work) }
