use std::io::Write;

fn main() {
    grow_heaps_in_large_steps();
    // A bug met while analysing one package is caught and reported for that package (the
    // driver's fault isolation); the default hook would add a multi-line message and, with
    // RUST_BACKTRACE set, a backtrace. One line with the place is enough for a bug report.
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let _ = writeln!(
            std::io::stderr(),
            "goroutinectx: internal error at {place} (please report it)"
        );
    }));
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
    let env = goroutinectx_scanner::GoEnv::from_process();
    let outcome = goroutinectx::run(&args, cwd, env);
    // Output errors (a closed pipe) are not worth a panic.
    let _ = std::io::stdout().write_all(outcome.stdout.as_bytes());
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    std::process::exit(outcome.code);
}

/// glibc's allocator grows a thread's heap a few pages at a time, one `mprotect` call each:
/// about 2,000 system calls in a run over a mid-sized module, a tenth of all it makes, as
/// files are read and parsed on every thread. A 16 MiB step removes them; memory is only
/// reserved, not touched, so the peak resident size does not change.
fn grow_heaps_in_large_steps() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; it is called before any thread
    // starts.
    unsafe {
        libc::mallopt(libc::M_TOP_PAD, 16 << 20);
    }
}
