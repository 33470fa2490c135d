// Package lib marks spawners.
package lib

//goroutinectx:spawner
func Spawn(f func()) { go f() }

//goroutinectx:spawner
func Idle() {} // want `^function "Idle" has unnecessary //goroutinectx:spawner directive$`

type Pool struct{}

//goroutinectx:spawner
func (p *Pool) Submit(f func()) { go f() }

// Inside lib, Spawn is a same-package marked function.
func Forward(f func()) { Spawn(f) } // want `^function "Forward" should have //goroutinectx:spawner directive \(calls Spawn with func argument\)$`
