package spawnerlabelxfile

func cycB(n int) func() { return func() { _ = cycA(n) } }
