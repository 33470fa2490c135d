package nomark

import "golang.org/x/sync/errgroup"

// A comment between the method name and its argument list: still a call of Group.Go.
func commentBeforeParen() { // want `^function "commentBeforeParen" should have //goroutinectx.spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var grp errgroup.Group
	grp.Go /* run it */ (rebuild)
}
