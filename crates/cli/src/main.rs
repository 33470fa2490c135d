use std::io::Write;

fn main() {
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
