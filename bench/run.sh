#!/usr/bin/env bash
# Benchmark driver for goroutinectx. See bench/README.md.
#
#   bench/run.sh [--runs N] [--corpus std|synthetic|buildah|all] [--timeout SECS]
#
# Measures, per corpus, at RAYON_NUM_THREADS=1 and 2, N runs each:
#   floor-all   parse-floor <corpus dir>            (every .go file in the tree)
#   floor-same  goroutinectx -list-files ... | parse-floor --list -
#   load-only   goroutinectx -load-only <patterns>
#   full        goroutinectx <patterns>             (exit 0/1/3 are all fine)
#   full-label  goroutinectx -spawnerlabel=true -goroutine-deriver=context.WithoutCancel <patterns>
# and prints a Markdown table (also written to bench/out/results.md).
#
# Environment overrides (mostly for testing the script itself):
#   PARSE_FLOOR=path    use this parse-floor binary, do not build goroutinectx-bench
#   GOROUTINECTX=path   use this goroutinectx binary, do not build goroutinectx
#   BUILDAH_DIR=path    a containers/buildah checkout with vendor/ (default $GOROUTINECTX_CORPUS/buildah)
#   CARGO_TARGET_DIR    honoured when locating built binaries

set -uo pipefail

RUNS=3
CORPUS=all
TIMEOUT=600

usage() {
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS="${2:?--runs needs a value}"; shift 2 ;;
        --runs=*) RUNS="${1#*=}"; shift ;;
        --corpus) CORPUS="${2:?--corpus needs a value}"; shift 2 ;;
        --corpus=*) CORPUS="${1#*=}"; shift ;;
        --timeout) TIMEOUT="${2:?--timeout needs a value}"; shift 2 ;;
        --timeout=*) TIMEOUT="${1#*=}"; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "run.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
done
case "$RUNS" in ''|*[!0-9]*|0) echo "run.sh: --runs must be a positive integer" >&2; exit 2 ;; esac

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
OUT="$BENCH/out"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
case "$TARGET" in /*) ;; *) TARGET="$ROOT/$TARGET" ;; esac
BUILDAH_DIR="${BUILDAH_DIR:-${GOROUTINECTX_CORPUS:+$GOROUTINECTX_CORPUS/buildah}}"
BUILDAH_TAGS="-tags=grpcnotrace,libsqlite3,exclude_graphdriver_btrfs,containers_image_openpgp,http2legacy"
# Wall time (microseconds, around the child only), CPU time and peak RSS of a command: GNU
# time's wall time has 10 ms steps, too coarse for a module run of 30 ms.
TIME="$(cd "$(dirname "$0")" && pwd)/timeit.py"

loadavg() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?"; }
LOAD_START="$(loadavg)"

mkdir -p "$OUT"
RAW="$OUT/raw.tsv"
NOTES="$OUT/notes.txt"
: >"$NOTES"
printf 'corpus\twhat\tthreads\trun\twall_s\tuser_s\tsys_s\tmaxrss_kb\texit\tfiles\tbytes\terror_files\tother_cpu_s\n' >"$RAW"
CLK_TCK="$(getconf CLK_TCK 2>/dev/null || echo 100)"

# Busy CPU ticks of the whole machine (user+nice+system+irq+softirq+steal).
busy_ticks() {
    awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat 2>/dev/null || echo 0
}

note() {
    echo "note: $*" >&2
    echo "$*" >>"$NOTES"
}

if ! command -v python3 >/dev/null || [ ! -f "$TIME" ]; then
    echo "run.sh: python3 and $TIME are required" >&2
    exit 2
fi

# ---------------------------------------------------------------- build
cd "$ROOT" || exit 2
if [ -n "${PARSE_FLOOR:-}" ]; then
    echo "using PARSE_FLOOR=$PARSE_FLOOR" >&2
else
    echo "building goroutinectx-bench (release)..." >&2
    if ! cargo build --release -p goroutinectx-bench >"$OUT/build-bench.log" 2>&1; then
        tail -20 "$OUT/build-bench.log" >&2
        echo "run.sh: building goroutinectx-bench failed (log: $OUT/build-bench.log)" >&2
        exit 1
    fi
    PARSE_FLOOR="$TARGET/release/parse-floor"
fi
abspath() { case "$1" in /*) echo "$1" ;; */*) echo "$ROOT/$1" ;; *) command -v "$1" || echo "$1" ;; esac; }
PARSE_FLOOR="$(abspath "$PARSE_FLOOR")"
if [ ! -x "$PARSE_FLOOR" ]; then
    echo "run.sh: parse-floor binary not found at $PARSE_FLOOR" >&2
    exit 1
fi

GCTX=""
if [ -n "${GOROUTINECTX:-}" ]; then
    echo "using GOROUTINECTX=$GOROUTINECTX" >&2
    GOROUTINECTX="$(abspath "$GOROUTINECTX")"
    if [ -x "$GOROUTINECTX" ]; then GCTX="$GOROUTINECTX"; else note "GOROUTINECTX=$GOROUTINECTX is not executable: goroutinectx rows skipped"; fi
else
    echo "building goroutinectx (release)..." >&2
    if cargo build --release -p goroutinectx >"$OUT/build-goroutinectx.log" 2>&1 \
        && [ -x "$TARGET/release/goroutinectx" ]; then
        GCTX="$TARGET/release/goroutinectx"
    else
        note "goroutinectx could not be built (see bench/out/build-goroutinectx.log): load-only, floor-same and full rows skipped"
    fi
fi

# ---------------------------------------------------------------- corpora
want() { [ "$CORPUS" = all ] || [[ ",$CORPUS," == *",$1,"* ]]; }
for c in ${CORPUS//,/ }; do
    case "$c" in all|std|cmd|synthetic|buildah) ;; *) echo "run.sh: unknown corpus $c" >&2; exit 2 ;; esac
done

CORPORA=()
GOROOT_DIR="${GOROOT:-}"
if [ -z "$GOROOT_DIR" ] && command -v go >/dev/null 2>&1; then
    GOROOT_DIR="$(go env GOROOT 2>/dev/null)"
fi
# Every run gets GOROOT from the environment: without it goroutinectx finds the Go tree itself,
# and when `go` on PATH is a version manager's shim (a script) that means running
# `go env GOROOT` through it, which can cost more than a whole module's analysis. The benchmark
# measures the analysis.
if [ -n "$GOROOT_DIR" ]; then
    export GOROOT="$GOROOT_DIR"
    note "GOROOT=$GOROOT_DIR exported for every run"
fi
if want std || want cmd; then
    if [ -n "$GOROOT_DIR" ] && [ -d "$GOROOT_DIR/src" ]; then
        want std && CORPORA+=(std)
        want cmd && CORPORA+=(cmd)
    else
        note "std and cmd skipped: no go command and no GOROOT"
    fi
fi
if want synthetic; then
    if [ ! -f "$BENCH/synthetic/go.mod" ]; then
        if command -v python3 >/dev/null 2>&1; then
            echo "generating bench/synthetic ..." >&2
            python3 "$BENCH/gen_synthetic.py" --out "$BENCH/synthetic" || { echo "run.sh: generator failed" >&2; exit 1; }
        fi
    fi
    if [ -f "$BENCH/synthetic/go.mod" ]; then
        CORPORA+=(synthetic)
    else
        note "synthetic skipped: python3 not available to generate it"
    fi
fi
if want buildah; then
    if [ -d "$BUILDAH_DIR" ]; then
        CORPORA+=(buildah)
    else
        note "buildah skipped: $BUILDAH_DIR not found"
    fi
fi
if [ ${#CORPORA[@]} -eq 0 ]; then
    echo "run.sh: no corpus available, nothing measured" >&2
    exit 0
fi

# corpus_setup NAME: sets CDIR (where to run), FLOOR_DIR, and the ARGS array.
corpus_setup() {
    case "$1" in
        std) CDIR="$GOROOT_DIR/src"; FLOOR_DIR="$GOROOT_DIR/src"; ARGS=(std) ;;
        cmd) CDIR="$GOROOT_DIR/src"; FLOOR_DIR="$GOROOT_DIR/src/cmd"; ARGS=(cmd) ;;
        synthetic) CDIR="$BENCH/synthetic"; FLOOR_DIR="$CDIR"; ARGS=(./...) ;;
        buildah) CDIR="$BUILDAH_DIR"; FLOOR_DIR="$CDIR"; ARGS=("$BUILDAH_TAGS" ./...) ;;
    esac
}

# measure CORPUS WHAT THREADS RUN STDIN_FILE -- CMD...
# Runs CMD in $CDIR under timeit.py and appends a row to $RAW. Sets LAST_EXIT.
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
measure() {
    local corpus="$1" what="$2" threads="$3" run="$4" stdin="$5"
    shift 6
    local rc busy0 busy1
    rm -f "$TMP/time"
    busy0="$(busy_ticks)"
    (
        cd "$CDIR" || exit 2
        RAYON_NUM_THREADS="$threads" timeout --kill-after=10 "$TIMEOUT" \
            python3 "$TIME" "$TMP/time" "$@" <"$stdin" >"$TMP/stdout" 2>"$TMP/stderr"
    )
    rc=$?
    busy1="$(busy_ticks)"
    LAST_EXIT=$rc
    local wall="" user="" sys="" rss="" other=""
    if [ -s "$TMP/time" ]; then
        read -r wall user sys rss other <"$TMP/time"
    fi
    # files=/bytes=/error_files= from parse-floor's stdout or goroutinectx -load-only's stderr.
    local stats files="" bytes="" errs=""
    stats="$(grep -h -o -E '(^|[[:space:]])(files|bytes|error_files)=[0-9]+' "$TMP/stdout" "$TMP/stderr" 2>/dev/null | tr -d ' \t' | tail -n 3)"
    files="$(sed -n 's/^files=//p' <<<"$stats" | tail -n 1)"
    bytes="$(sed -n 's/^bytes=//p' <<<"$stats" | tail -n 1)"
    errs="$(sed -n 's/^error_files=//p' <<<"$stats" | tail -n 1)"
    # CPU time the rest of the machine used meanwhile (timeit.py's, over the command's own
    # window; else from /proc/stat around the whole step): a sign of contention.
    if [ -z "$other" ] && [ -n "$user" ]; then
        other="$(awk -v b0="$busy0" -v b1="$busy1" -v hz="$CLK_TCK" -v u="$user" -v s="$sys" \
            'BEGIN { o = (b1 - b0) / hz - u - s; if (o < 0) o = 0; printf "%.2f", o }')"
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
        "$corpus" "$what" "$threads" "$run" "$wall" "$user" "$sys" "$rss" "$rc" "$files" "$bytes" "$errs" "$other" >>"$RAW"
    printf '  %-10s %-10s t=%s run %s: wall=%ss user=%ss sys=%ss rss=%sKB other_cpu=%ss exit=%s %s\n' \
        "$corpus" "$what" "$threads" "$run" "${wall:-?}" "${user:-?}" "${sys:-?}" "${rss:-?}" "${other:-?}" "$rc" \
        "${files:+files=$files}" >&2
    if [ "$rc" -ne 0 ] && [ "${what#full}" = "$what" -o "$rc" -gt 3 ]; then
        sed 's/^/    | /' "$TMP/stderr" | tail -n 5 >&2
    fi
}

for corpus in "${CORPORA[@]}"; do
    corpus_setup "$corpus"
    echo "== $corpus ($CDIR)" >&2
    have_list=0
    skip_load=0
    skip_full=0
    if [ -n "$GCTX" ]; then
        LIST="$OUT/files-$corpus.txt"
        if (cd "$CDIR" && "$GCTX" -list-files "${ARGS[@]}" >"$LIST" 2>"$TMP/list.err"); then
            if [ -s "$LIST" ]; then
                have_list=1
                echo "  -list-files: $(wc -l <"$LIST") files" >&2
            else
                note "$corpus: goroutinectx -list-files printed nothing: floor-same skipped"
            fi
        else
            note "$corpus: goroutinectx -list-files failed ($(head -c 200 "$TMP/list.err" | tr '\n' ' ')): floor-same skipped"
        fi
    fi
    for run in $(seq 1 "$RUNS"); do
        for threads in 1 2; do
            measure "$corpus" floor-all "$threads" "$run" /dev/null -- "$PARSE_FLOOR" "$FLOOR_DIR"
            [ -n "$GCTX" ] || continue
            if [ "$have_list" = 1 ]; then
                measure "$corpus" floor-same "$threads" "$run" "$LIST" -- "$PARSE_FLOOR" --list -
            fi
            if [ "$skip_load" = 0 ]; then
                measure "$corpus" load-only "$threads" "$run" /dev/null -- "$GCTX" -load-only "${ARGS[@]}"
                if [ "$LAST_EXIT" -ne 0 ]; then
                    skip_load=1
                    note "$corpus: goroutinectx -load-only exited $LAST_EXIT: remaining load-only runs skipped"
                fi
            fi
            if [ "$skip_full" = 0 ]; then
                measure "$corpus" full "$threads" "$run" /dev/null -- "$GCTX" "${ARGS[@]}"
                if [ "$LAST_EXIT" -gt 3 ]; then
                    skip_full=1
                    note "$corpus: goroutinectx exited $LAST_EXIT: remaining full runs skipped"
                fi
                measure "$corpus" full-label "$threads" "$run" /dev/null -- "$GCTX" \
                    -spawnerlabel=true -goroutine-deriver=context.WithoutCancel "${ARGS[@]}"
            fi
        done
    done
done

# ---------------------------------------------------------------- report
python3 - "$RAW" "$NOTES" "$RUNS" "$OUT/results.md" "$LOAD_START" "$(loadavg)" <<'PY'
import csv, statistics, sys, datetime, os

raw, notes_path, runs, out_path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
load_start, load_end = sys.argv[5], sys.argv[6]
rows = list(csv.DictReader(open(raw), delimiter="\t"))
notes = [l.rstrip("\n") for l in open(notes_path) if l.strip()]

def ok(r):
    if not r["wall_s"]:
        return False
    code = int(r["exit"])
    return code in (0, 1, 3) if r["what"].startswith("full") else code == 0

groups = {}
for r in rows:
    groups.setdefault((r["corpus"], r["what"], int(r["threads"])), []).append(r)

def med(vals):
    return statistics.median(vals) if vals else None

summary = {}
for key, rs in groups.items():
    good = [r for r in rs if ok(r)]
    s = {"n": len(good), "of": len(rs), "exits": sorted({r["exit"] for r in rs})}
    if good:
        s["wall"] = med([float(r["wall_s"]) for r in good])
        s["cpu"] = med([float(r["user_s"]) + float(r["sys_s"]) for r in good])
        s["rss"] = med([int(r["maxrss_kb"]) / 1024 for r in good])
        s["min"] = min(float(r["wall_s"]) for r in good)
        other = [float(r["other_cpu_s"]) / float(r["wall_s"]) for r in good
                 if r.get("other_cpu_s") and float(r["wall_s"]) > 0]
        s["other"] = max(other) if other else None
        files = [r["files"] for r in good if r["files"]]
        s["files"] = files[-1] if files else ""
        errs = [r["error_files"] for r in good if r["error_files"]]
        s["errors"] = errs[-1] if errs else ""
    summary[key] = s

order = {"floor-all": 0, "floor-same": 1, "load-only": 2, "full": 3, "full-label": 4}
corpora = []
for r in rows:
    if r["corpus"] not in corpora:
        corpora.append(r["corpus"])

def f(x, fmt="%.2f"):
    return "-" if x is None else fmt % x

lines = []
lines.append("# goroutinectx benchmark")
lines.append("")
cpu = ""
try:
    for l in open("/proc/cpuinfo"):
        if l.startswith("model name"):
            cpu = l.split(":", 1)[1].strip()
            break
except OSError:
    pass
lines.append("%s; %d runs per row (medians); %d cores%s" % (
    datetime.datetime.now().strftime("%Y-%m-%d %H:%M"), runs, os.cpu_count() or 0,
    ("; " + cpu) if cpu else ""))
lines.append("")
lines.append("Load average (1/5/15 min) before: %s, after: %s. \"max other load\" is the largest "
             "(CPU seconds used by other processes during a run) / (its wall time) over the runs "
             "of a row: above ~0.25 another process competed for the 2 cores." % (load_start, load_end))
lines.append("")
contended = []
lines.append("| corpus | what | threads | files | median wall s | min wall s | median user+sys s | median peak RSS MB | max other load | ok runs |")
lines.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for key in sorted(summary, key=lambda k: (corpora.index(k[0]), order.get(k[1], 9), k[2])):
    s = summary[key]
    files = s.get("files", "")
    if key[1].startswith("floor") and s.get("errors"):
        files = "%s (%s err)" % (files, s["errors"])
    okruns = "%d/%d" % (s["n"], s["of"])
    if s["n"] < s["of"]:
        okruns += " (exit %s)" % ",".join(s["exits"])
    if s.get("other") is not None and s["other"] > 0.25:
        contended.append("%s %s %dt" % key)
    lines.append("| %s | %s | %d | %s | %s | %s | %s | %s | %s | %s |" % (
        key[0], key[1], key[2], files or "-", f(s.get("wall"), "%.3f"), f(s.get("min"), "%.3f"), f(s.get("cpu")),
        f(s.get("rss"), "%.0f"), f(s.get("other")), okruns))

def wall(c, w, t):
    return summary.get((c, w, t), {}).get("wall")

def rss_max(c):
    vals = [s.get("rss") for k, s in summary.items()
            if k[0] == c and k[1] in ("full", "full-label") and s.get("rss") is not None]
    return max(vals) if vals else None

lines.append("")
lines.append("Ratios, all at 2 threads except the speedups (targets: full / floor-all <= 0.06 for std; "
             "full / floor-same <= 0.35 for a module (its own files); full speedup 1->2 at least "
             "0.9x the floor's; full-label / full <= 1.3; peak RSS < 300 MB; "
             "load-only / floor-same <= 1.3):")
lines.append("")
lines.append("| corpus | full / floor-all | full / floor-same | floor speedup 1->2 | full speedup 1->2 | speedup ratio | full-label / full | load-only / floor-same | max peak RSS MB |")
lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for c in corpora:
    def ratio(a, b):
        return None if a is None or b is None or b == 0 else a / b
    load_r = ratio(wall(c, "load-only", 2), wall(c, "floor-same", 2))
    full_r = ratio(wall(c, "full", 2), wall(c, "floor-all", 2))
    full_same = ratio(wall(c, "full", 2), wall(c, "floor-same", 2))
    # The floor over the same files for the speedup comparison; all files when the list is
    # unavailable.
    fl = "floor-same" if wall(c, "floor-same", 2) is not None else "floor-all"
    fs = ratio(wall(c, fl, 1), wall(c, fl, 2))
    us = ratio(wall(c, "full", 1), wall(c, "full", 2))
    sr = ratio(us, fs)
    label_r = ratio(wall(c, "full-label", 2), wall(c, "full", 2))
    lines.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
        c, f(full_r, "%.3f"), f(full_same), f(fs), f(us), f(sr), f(label_r), f(load_r),
        f(rss_max(c), "%.0f")))

if contended:
    notes.insert(0, "contention (other load > 0.25) during: " + ", ".join(contended)
                 + "; compare min wall, or rerun on a quiet machine")

if notes:
    lines.append("")
    lines.append("Notes:")
    lines.append("")
    for n in notes:
        lines.append("- " + n)

text = "\n".join(lines) + "\n"
open(out_path, "w").write(text)
sys.stdout.write(text)
PY
echo "(written to bench/out/results.md; raw runs in bench/out/raw.tsv)" >&2
