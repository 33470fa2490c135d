#!/bin/sh
# Builds the seed corpora from the fixtures (run from the repository root):
#   analyze_bytes:   every .go file under testdata/src, as is;
#   analyze_mutated: for every fixture file index i (0..N), the 5-byte header that selects
#                    it with no edits (and config variant 0..3), so the engine starts from
#                    every fixture and mutates the edit program appended to it.
set -eu
cd "$(dirname "$0")/.."
mkdir -p fuzz/corpus/analyze_bytes fuzz/corpus/analyze_mutated
find testdata/src -name '*.go' | while read -r f; do
    cp "$f" "fuzz/corpus/analyze_bytes/$(echo "$f" | tr / _)"
done
n=$(find testdata/src -mindepth 2 -name '*.go' | grep -v '^testdata/src/[^/]*\.[^/]*/' | wc -l)
i=0
while [ "$i" -lt "$n" ]; do
    for v in 0 1 2 3; do
        printf "$(printf '\\%03o\\%03o\\%03o\\%03o\\%03o' $((i % 256)) $((i / 256)) "$v" $(( (i * 7 + 3) % 256)) 0)" \
            > "fuzz/corpus/analyze_mutated/seed-$i-$v"
    done
    i=$((i + 1))
done
echo "seeded: $(ls fuzz/corpus/analyze_bytes | wc -l) files, $(ls fuzz/corpus/analyze_mutated | wc -l) edit programs"
