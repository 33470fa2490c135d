// An assembly file lets mkNoBody (more.go) be declared without a body.
