package spawnerlabelevil

// Excluded on a non-Windows host by its file name (SPEC §1.2).

func windowsOnlySpawns() { hook(work) }
