package spawnerlabelevil

// altSpawner has a marked twin in a build-excluded file (excluded_tag.go): the selected
// declaration is not marked, so calls of it are no spawn calls.
func altSpawner(f func()) { f() }

func callAltSpawner() { altSpawner(work) }

// switchable is a func type only in a build-excluded file.
type switchable struct{}

//goroutinectx:spawner
func paramSwitchable(s switchable) { _ = s } // want `^function "paramSwitchable" has unnecessary //goroutinectx:spawner directive$`

// genFunc is declared in a generated file (gen_empty.go): still a func type.
//
//goroutinectx:spawner
func paramGenFunc(g genFunc) { _ = g } // silent
