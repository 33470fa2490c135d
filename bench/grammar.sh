#!/usr/bin/env bash
# Compares the parse speed of our grammar (crates/tree-sitter-go-next) with the crates.io
# tree-sitter-go it derives from, on every .go file of GOROOT/src outside testdata, at 2
# threads, alternating the two N times (default 5). Prints medians and their ratio.
#   bench/grammar.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
goroot="${GOROOT:-$(go env GOROOT 2>/dev/null || true)}"
if [[ -z $goroot || ! -d $goroot/src ]]; then
    echo "grammar.sh: no GOROOT (install Go or set GOROOT); nothing measured" >&2
    exit 0
fi
cargo build --release -q -p goroutinectx-bench
list=$(mktemp)
trap 'rm -f "$list"' EXIT
find "$goroot/src" -name '*.go' -type f -not -path '*/testdata/*' | LC_ALL=C sort >"$list"
declare -A ms
for i in $(seq "$runs"); do
    for g in crates next; do
        out=$(RAYON_NUM_THREADS=2 target/release/parse-floor --grammar "$g" --list "$list")
        ms[$g]+="$(sed -E 's/.*wall_ms=([0-9]+).*/\1/' <<<"$out") "
        echo "run $i $g: $out"
    done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
c=$(median <<<"${ms[crates]}")
n=$(median <<<"${ms[next]}")
echo "median wall: crates.io grammar ${c} ms, tree-sitter-go-next ${n} ms, ratio $(awk -v n="$n" -v c="$c" 'BEGIN {printf "%.3f", n / c}')"
