// Package user2 imports only lib2, which marks nothing itself but re-exports lib's Pool by an
// alias and by embedding: the marked method is lib's (SPEC §12.2). The want patterns spell
// the directive with "." for ":" so that no file here contains the directive prefix.
package user2

import "spawnerlabelevilxpkg/lib2"

func work() {}

// lib2.P aliases lib.Pool, whose Submit is marked: the file imports no package that marks a
// spawner itself, but lib does, reached through lib2's imports.
func viaAlias(p *lib2.P) { p.Submit(work) } // want `^function "viaAlias" should have //goroutinectx.spawner directive \(calls Submit with func argument\)$`

// lib2.Wrapped embeds *lib.Pool; as above.
func viaEmbedding(w lib2.Wrapped) { w.Submit(work) } // want `^function "viaEmbedding" should have //goroutinectx.spawner directive \(calls Submit with func argument\)$`

func rebuild() error { return nil }

// errgroup.Group.Go promoted through a struct of another package.
func viaPromotedAPI() { // want `^function "viaPromotedAPI" should have //goroutinectx.spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	lib2.NewGrp().Go(rebuild)
}
