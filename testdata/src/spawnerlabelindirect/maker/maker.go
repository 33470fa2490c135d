// Package maker hands out pools; it marks nothing itself.
package maker

import "spawnerlabelindirect/runner"

// New returns a pool.
func New() runner.Pool { return runner.Pool{} }

// Wrapped embeds a pool, so Run is promoted.
type Wrapped struct{ runner.Pool }

// Alias names the pool type.
type Alias = runner.Pool
