use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
    let env = goroutinectx_scanner::GoEnv::from_process();
    let outcome = goroutinectx::run(&args, cwd, env);
    // Output errors (a closed pipe) are not worth a panic.
    let _ = std::io::stdout().write_all(outcome.stdout.as_bytes());
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    std::process::exit(outcome.code);
}
