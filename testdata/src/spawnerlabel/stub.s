// An assembly file lets asmIdle, asmSpawn and asmPlain (evil.go) be declared without a body.
