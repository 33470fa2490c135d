//! Arbitrary bytes as one Go file of a package whose other file declares context-taking
//! functions, spawners and spawning-API uses; every checker on.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    goroutinectx_fuzz::Harness::get().run_bytes(data);
});
