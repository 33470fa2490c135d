//! # `waitgroup` — `sync.WaitGroup.Go` callbacks must use the context
//!
//! **What it reports:** a call of `sync.WaitGroup.Go` (Go 1.25), inside a function that
//! received a context, whose callback does not use any context: `sync.WaitGroup.Go() closure
//! should use context "N"` at `Go`, with ` or call goroutine deriver` appended when
//! `-goroutine-deriver` is set.
//!
//! **Why:** `wg.Go(f)` is a `go` statement in disguise; the goroutine checker cannot see it.
//!
//! **Example:**
//! ```go
//! func warm(ctx context.Context, keys []string) {
//!     var wg sync.WaitGroup
//!     for _, k := range keys {
//!         wg.Go(func() { load(k) })          // reported at "Go"
//!         wg.Go(func() { loadCtx(ctx, k) })  // fine
//!     }
//!     wg.Wait()
//! }
//! ```
//!
//! **Decision (SPEC §3.4):** the callback (argument 0) is judged by the callback rule
//! ([`crate::callback`]). The method is matched wherever code calls it: which files are
//! analysed is decided by build constraints (`//go:build go1.25`), never by go.mod's `go` line,
//! because the method comes from the toolchain's standard library.
//!
//! **Limitations:** the classic `wg.Add(1); go func(){ defer wg.Done(); … }()` is the goroutine
//! checker's business; untraceable callbacks pass (SPEC §9.2).

use crate::registry::CheckerId;
use crate::spawnapi::SpawnApi;

/// The waitgroup checker: the `sync.WaitGroup.Go` row of the API table.
pub fn checker() -> SpawnApi {
    SpawnApi::new(CheckerId::Waitgroup)
}
