package importforms

import stdctx "context"

// badRenamedImportScope: a renamed import of "context".
func badRenamedImportScope(rc stdctx.Context) {
	go func() { // want `^goroutine does not propagate context "rc"$`
		work(2)
	}()
}

// goodRenamedImportCapture: capturing a context declared through the renamed import.
func goodRenamedImportCapture(rc stdctx.Context) {
	go func() {
		<-rc.Done()
	}()
}
