//! Compiles the generated parser (src/parser.c, made by `regenerate.sh`).
fn main() {
    let src = std::path::Path::new("src");
    let parser = src.join("parser.c");
    cc::Build::new()
        .std("c11")
        .include(src)
        .file(&parser)
        .warnings(false)
        .compile("tree-sitter-go-next");
    println!("cargo:rerun-if-changed={}", parser.display());
}
