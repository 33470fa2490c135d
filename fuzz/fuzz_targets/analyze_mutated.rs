//! The input is a program of structure-aware edits of a fixture file (see `src/mutate.rs`);
//! the edited file is analysed in its fixture package with the fixture's flags.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    goroutinectx_fuzz::Harness::get().run_mutated(data);
});
