#!/usr/bin/env bash
# Regenerates src/ from grammar.js with tree-sitter-cli, then runs the corpus tests.
# Needs `tree-sitter` on PATH: cargo install tree-sitter-cli --locked
set -euo pipefail
cd "$(dirname "$0")"
tree-sitter --version
tree-sitter generate --abi 15
tree-sitter test
