package onemark

import "testing"

func TestRun(t *testing.T) { Run(func() { t.Log("x") }) } // want `^function "TestRun" should have //goroutinectx.spawner directive \(calls Run with func argument\)$`
