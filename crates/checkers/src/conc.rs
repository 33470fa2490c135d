//! # `conc` — sourcegraph/conc callbacks must use the context
//!
//! **What it reports:** a call of a sourcegraph/conc spawning API (`conc.WaitGroup.Go`, `conc.Pool.Go`,
//! `pool.<Pool>.Go` for every pool type, `stream.Stream.Go`, `iter.ForEach`/`ForEachIdx`/`Map`/
//! `MapErr` and the `Iterator`/`Mapper` methods; SPEC §3.5), inside a function that received a
//! context, whose callback does not use any context: `DISPLAY() closure should use context
//! "N"`, e.g. `pool.ResultPool.Go() closure should use context "ctx"`, at the selector's name
//! (or the call start for a dot-imported bare call). Type arguments never appear.
//!
//! **Why:** every one of these APIs runs its callback on other goroutines.
//!
//! **Ignore name:** diagnostics are filed under `errgroup`, as upstream files them:
//! `//goroutinectx:ignore errgroup` suppresses them and `//goroutinectx:ignore conc` is an
//! unused directive. The flag is `-conc`.
//!
//! **Example:**
//! ```go
//! func resize(ctx context.Context, imgs []Image) {
//!     p := pool.New().WithErrors().WithContext(ctx)
//!     p.Go(func(ctx context.Context) error { return shrink(ctx, imgs[0]) }) // fine (P1)
//!     iter.ForEach(imgs, func(img *Image) { shrinkNow(img) })               // reported
//! }
//! ```
//!
//! **Decision:** the callback (argument 0 of `Go`, argument 1 of the iter APIs) is judged by
//! the callback rule ([`crate::callback`]). Generic receivers (`ResultPool[T]`,
//! `Mapper[T, R]`) match by base name; conc's `iter` is told from the standard `iter` by
//! import path.
//!
//! **Limitations:** explicitly instantiated calls (`iter.Map[int, int](xs, f)`) are not
//! identified (SPEC §3.0.2, §9.10); untraceable callbacks pass.

use crate::registry::CheckerId;
use crate::spawnapi::SpawnApi;

/// The conc checker: the conc rows of the API table.
pub fn checker() -> SpawnApi {
    SpawnApi::new(CheckerId::Conc)
}
