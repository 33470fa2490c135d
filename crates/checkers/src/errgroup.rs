//! # `errgroup` — errgroup callbacks must use the context
//!
//! **What it reports:** a call of `errgroup.Group.Go` or `TryGo` (golang.org/x/sync/errgroup,
//! also `/vN`), inside a function that received a context, whose callback does not use any
//! context: `errgroup.Group.Go() closure should use context "N"` at `Go`, with ` or call
//! goroutine deriver` appended when `-goroutine-deriver` is set.
//!
//! **Why:** the callback runs in its own goroutine; if it drops the request context it keeps
//! working after the request is cancelled, unless the group itself was made with
//! `errgroup.WithContext` and the callback uses that context.
//!
//! **Example:**
//! ```go
//! func mirror(reqCtx context.Context, urls []string) error {
//!     g, gctx := errgroup.WithContext(reqCtx)
//!     for _, u := range urls {
//!         g.Go(func() error { return fetch(u) })           // reported at "Go"
//!         g.Go(func() error { return fetchCtx(gctx, u) })  // fine
//!     }
//!     return g.Wait()
//! }
//! ```
//!
//! **Decision (SPEC §3.3):** the receiver may come from anywhere the semantic model can type
//! (`var g errgroup.Group`, `new`, `&errgroup.Group{}`, `WithContext`, parameters, fields,
//! embedding, aliased and dot imports); the callback (argument 0) is judged by the callback
//! rule ([`crate::callback`]). A method expression `(*errgroup.Group).Go(g, f)` puts the
//! receiver at argument 0, which is not a function: it passes.
//!
//! **Limitations (SPEC §9):** a callback whose origin cannot be traced (a parameter, a
//! channel receive, a field not built from a keyed literal in this file) passes; a receiver
//! whose type cannot be inferred is not identified, so the call is not checked.

use crate::registry::CheckerId;
use crate::spawnapi::SpawnApi;

/// The errgroup checker: the `errgroup` rows of the API table.
pub fn checker() -> SpawnApi {
    SpawnApi::new(CheckerId::Errgroup)
}
