#!/usr/bin/env python3
"""Generate a synthetic, buildable Go module for benchmarking goroutinectx.

    python3 bench/gen_synthetic.py --out DIR [--packages 2000] [--lines 1000000] [--seed 1]

The tree is a module `example.com/synth` with `--packages` packages spread over
nested directories (e.g. `svc/m3/p0042`), each with several files adding up to
about lines/packages lines. The code is ordinary Go: structs, methods,
switch/for/select, comments, functions with and without a ctx parameter,
goroutines that capture ctx and goroutines that do not, sync.WaitGroup and
errgroup (a vendored stub of golang.org/x/sync/errgroup). Packages import 1-3
lower-numbered packages (so there are no cycles) and call their exported
functions. A few packages have `_test.go` files, a few have files constrained
by `//go:build linux` / `//go:build windows` (plus a `!linux && !windows`
fallback), a few are `package main` commands under cmd/, and a few files carry
a `// Code generated ... DO NOT EDIT.` header.

Output is deterministic for a given (packages, lines, seed). The output
directory is removed and recreated. The result passes
`GOFLAGS=-mod=vendor GOTOOLCHAIN=local go vet ./...`.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import textwrap

MODULE = "example.com/synth"
GO_VERSION = "1.23"
ERRGROUP_MOD = "golang.org/x/sync"
ERRGROUP_VER = "v0.10.0"
ERRGROUP_PKG = "golang.org/x/sync/errgroup"

GROUPS = [
    "svc",
    "internal/store",
    "internal/core",
    "pkg/api",
    "pkg/util",
    "platform/net",
]
FILE_NAMES = [
    "handler",
    "worker",
    "store",
    "cache",
    "pipeline",
    "util",
    "client",
    "server",
    "batch",
    "sched",
    "events",
    "metrics",
    "registry",
    "stream",
]
WORDS = [
    "alpha", "bravo", "cargo", "delta", "echo", "fleet", "gamma", "harbor",
    "index", "jolly", "kilo", "lemon", "metro", "nylon", "orbit", "pixel",
    "quartz", "radar", "sigma", "tango", "ultra", "vivid", "whale", "xenon",
]


def go(src: str) -> list[str]:
    """Dedent a template and turn each leading group of 4 spaces into a tab."""
    out = []
    for line in textwrap.dedent(src).strip("\n").split("\n"):
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        out.append("\t" * (indent // 4) + " " * (indent % 4) + stripped if stripped else "")
    return out


class Pkg:
    def __init__(self, index: int, width: int, is_main: bool):
        self.index = index
        self.name = "p%0*d" % (width, index)
        group = GROUPS[index % len(GROUPS)]
        if is_main:
            self.rel = "cmd/%s" % self.name
        elif index % 3 == 0:
            self.rel = "%s/%s" % (group, self.name)
        else:
            self.rel = "%s/m%d/%s" % (group, (index // 7) % 10, self.name)
        self.is_main = is_main
        self.import_path = "%s/%s" % (MODULE, self.rel)
        self.deps: list[Pkg] = []


class FileGen:
    """Accumulates functions for one file and the imports they use."""

    def __init__(self, pkg: Pkg, rng: random.Random, counter: list[int]):
        self.pkg = pkg
        self.rng = rng
        self.counter = counter  # shared per package, for unique names
        self.imports: set[str] = set()
        self.doc: list[str] = []  # comment lines placed right before `package`
        self.body: list[str] = []

    def uniq(self) -> int:
        self.counter[0] += 1
        return self.counter[0]

    def add(self, lines: list[str], *imports: str) -> None:
        self.imports.update(imports)
        self.body.extend(lines)
        self.body.append("")

    def lines(self) -> int:
        return len(self.body)

    def render(self, header: list[str] | None = None) -> str:
        out: list[str] = []
        if header:
            out.extend(header)
        out.extend(self.doc)
        pkgname = "main" if self.pkg.is_main else self.pkg.name
        out.append("package %s" % pkgname)
        out.append("")
        std = sorted(i for i in self.imports if "." not in i.split("/")[0])
        ext = sorted(i for i in self.imports if "." in i.split("/")[0])
        if std or ext:
            out.append("import (")
            out.extend('\t"%s"' % i for i in std)
            if std and ext:
                out.append("")
            out.extend('\t"%s"' % i for i in ext)
            out.append(")")
            out.append("")
        out.extend(self.body)
        while out and out[-1] == "":
            out.pop()
        return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# Function templates. Each adds one or more declarations to a FileGen.
# ---------------------------------------------------------------------------


def t_wait_group_ctx(f: FileGen) -> None:
    n, k = f.uniq(), f.rng.randint(2, 99)
    f.add(go(f"""
        // process{n} fans items out to goroutines that honour ctx.
        func (s *Service) process{n}(ctx context.Context, items []int) error {{
            var wg sync.WaitGroup
            var mu sync.Mutex
            total := 0
            for _, it := range items {{
                wg.Add(1)
                go func(v int) {{
                    defer wg.Done()
                    select {{
                    case <-ctx.Done():
                        return
                    default:
                    }}
                    mu.Lock()
                    total += v * {k}
                    mu.Unlock()
                }}(it)
            }}
            wg.Wait()
            if total < 0 {{
                return fmt.Errorf("process{n}: negative total %d", total)
            }}
            s.incr(total)
            return nil
        }}
    """), "context", "sync", "fmt")


def t_go_without_ctx(f: FileGen) -> None:
    n, k = f.uniq(), f.rng.randint(2, 99)
    f.add(go(f"""
        // start{n} has a ctx but the goroutine it starts ignores it.
        func start{n}(ctx context.Context, ch chan<- int) {{
            if ctx == nil {{
                return
            }}
            go func() {{
                for i := 0; i < {k}; i++ {{
                    ch <- i * {k}
                }}
                close(ch)
            }}()
        }}
    """), "context")


def t_errgroup_ctx(f: FileGen) -> None:
    n, k = f.uniq(), f.rng.randint(2, 99)
    f.add(go(f"""
        // fanOut{n} runs one task per id in an errgroup bound to ctx.
        func fanOut{n}(ctx context.Context, ids []string) ([]string, error) {{
            g, ctx := errgroup.WithContext(ctx)
            results := make([]string, len(ids))
            for i, id := range ids {{
                g.Go(func() error {{
                    select {{
                    case <-ctx.Done():
                        return ctx.Err()
                    default:
                    }}
                    results[i] = fmt.Sprintf("%s-%d", id, {k})
                    return nil
                }})
            }}
            if err := g.Wait(); err != nil {{
                return nil, fmt.Errorf("fanOut{n}: %w", err)
            }}
            return results, nil
        }}
    """), "context", "fmt", ERRGROUP_PKG)


def t_errgroup_plain(f: FileGen) -> None:
    n, k = f.uniq(), f.rng.randint(2, 99)
    f.add(go(f"""
        // sumAll{n} uses a zero errgroup.Group without any context.
        func sumAll{n}(chunks [][]int) (int, error) {{
            var g errgroup.Group
            sums := make([]int, len(chunks))
            for i, c := range chunks {{
                g.Go(func() error {{
                    for _, v := range c {{
                        if v < -{k} {{
                            return fmt.Errorf("chunk %d: value %d too small", i, v)
                        }}
                        sums[i] += v
                    }}
                    return nil
                }})
            }}
            if err := g.Wait(); err != nil {{
                return 0, err
            }}
            total := 0
            for _, s := range sums {{
                total += s
            }}
            return total, nil
        }}
    """), "fmt", ERRGROUP_PKG)


def t_pump_select(f: FileGen) -> None:
    n, k = f.uniq(), f.rng.randint(2, 99)
    f.add(go(f"""
        // pump{n} copies values from in to out until ctx is done or in closes.
        func pump{n}(ctx context.Context, in <-chan int, out chan<- int) error {{
            for {{
                select {{
                case <-ctx.Done():
                    return ctx.Err()
                case v, ok := <-in:
                    if !ok {{
                        return nil
                    }}
                    if v%{k} == 0 {{
                        continue
                    }}
                    out <- v + {k}
                }}
            }}
        }}
    """), "context")


def t_classify(f: FileGen) -> None:
    n, k = f.uniq(), f.rng.randint(2, 99)
    w1, w2 = f.rng.sample(WORDS, 2)
    f.add(go(f"""
        // classify{n} maps a value to a label; no context involved.
        func classify{n}(v int) string {{
            switch {{
            case v < 0:
                return "negative"
            case v == 0:
                return "zero"
            case v%{k} == 0:
                return "{w1}"
            case v > {k * 100}:
                return "{w2}"
            default:
                return "other"
            }}
        }}
    """))


def t_cache(f: FileGen) -> None:
    n = f.uniq()
    f.add(go(f"""
        // Cache{n} is a small concurrent map.
        type Cache{n} struct {{
            mu    sync.RWMutex
            items map[string]int
            hits  int
        }}

        // NewCache{n} returns an empty cache.
        func NewCache{n}() *Cache{n} {{
            return &Cache{n}{{items: make(map[string]int)}}
        }}

        // Get returns the value for k.
        func (c *Cache{n}) Get(k string) (int, bool) {{
            c.mu.RLock()
            defer c.mu.RUnlock()
            v, ok := c.items[k]
            return v, ok
        }}

        // Set stores v under k.
        func (c *Cache{n}) Set(k string, v int) {{
            c.mu.Lock()
            c.items[k] = v
            c.hits++
            c.mu.Unlock()
        }}

        // Refresh recomputes keys in the background until ctx is cancelled.
        func (c *Cache{n}) Refresh(ctx context.Context, keys []string) {{
            go func() {{
                for _, k := range keys {{
                    if ctx.Err() != nil {{
                        return
                    }}
                    c.Set(k, len(k))
                }}
            }}()
        }}
    """), "context", "sync")


def t_with_cancel(f: FileGen) -> None:
    n, k = f.uniq(), f.rng.randint(2, 99)
    f.add(go(f"""
        func work{n}(ctx context.Context, n int) error {{
            if n > {k * 10} {{
                return fmt.Errorf("work{n}: n=%d too large", n)
            }}
            return ctx.Err()
        }}

        // runCancel{n} starts work{n} and waits for it or for cancellation.
        func runCancel{n}(parent context.Context, n int) error {{
            ctx, cancel := context.WithCancel(parent)
            defer cancel()
            errc := make(chan error, 1)
            go func() {{
                errc <- work{n}(ctx, n)
            }}()
            select {{
            case err := <-errc:
                return err
            case <-ctx.Done():
                return ctx.Err()
            }}
        }}
    """), "context", "fmt")


def t_worker_pool(f: FileGen) -> None:
    n, k = f.uniq(), f.rng.randint(2, 8)
    f.add(go(f"""
        func (s *Service) worker{n}(ctx context.Context, jobs <-chan int, results chan<- string) {{
            for j := range jobs {{
                select {{
                case <-ctx.Done():
                    return
                case results <- fmt.Sprintf("%s:%d", s.Name, j):
                }}
            }}
        }}

        // pool{n} runs {k} workers as named-method goroutines.
        func (s *Service) pool{n}(ctx context.Context, jobs []int) []string {{
            in := make(chan int)
            out := make(chan string, len(jobs))
            var wg sync.WaitGroup
            for w := 0; w < {k}; w++ {{
                wg.Add(1)
                go func() {{
                    defer wg.Done()
                    s.worker{n}(ctx, in, out)
                }}()
            }}
            for _, j := range jobs {{
                in <- j
            }}
            close(in)
            wg.Wait()
            close(out)
            res := make([]string, 0, len(jobs))
            for r := range out {{
                res = append(res, r)
            }}
            return res
        }}
    """), "context", "fmt", "sync")


def t_plain_go(f: FileGen) -> None:
    n, k = f.uniq(), f.rng.randint(2, 99)
    f.add(go(f"""
        func produce{n}(ch chan<- int, count int) {{
            defer close(ch)
            for i := range count {{
                ch <- i + {k}
            }}
        }}

        // drain{n} has no ctx at all; it starts produce{n} with a go statement.
        func drain{n}(count int) int {{
            ch := make(chan int)
            go produce{n}(ch, count)
            sum := 0
            for v := range ch {{
                sum += v
            }}
            return sum
        }}
    """))


def t_generic(f: FileGen) -> None:
    n = f.uniq()
    f.add(go(f"""
        // map{n} applies fn to every element.
        func map{n}[T, U any](xs []T, fn func(T) U) []U {{
            out := make([]U, 0, len(xs))
            for _, x := range xs {{
                out = append(out, fn(x))
            }}
            return out
        }}

        // filter{n} keeps elements for which keep returns true.
        func filter{n}[T any](xs []T, keep func(T) bool) []T {{
            var out []T
            for _, x := range xs {{
                if keep(x) {{
                    out = append(out, x)
                }}
            }}
            return out
        }}
    """))


def t_type_switch(f: FileGen) -> None:
    n = f.uniq()
    f.add(go(f"""
        // Shape{n} is implemented by the synthetic shapes below.
        type Shape{n} interface {{
            Area() float64
        }}

        type square{n} struct{{ side float64 }}

        func (s square{n}) Area() float64 {{ return s.side * s.side }}

        type rect{n} struct{{ w, h float64 }}

        func (r rect{n}) Area() float64 {{ return r.w * r.h }}

        func describe{n}(v any) string {{
            switch x := v.(type) {{
            case nil:
                return "nil"
            case square{n}:
                return fmt.Sprintf("square %.1f", x.Area())
            case rect{n}:
                return fmt.Sprintf("rect %.1f", x.Area())
            case Shape{n}:
                return fmt.Sprintf("shape %.1f", x.Area())
            case error:
                return x.Error()
            default:
                return fmt.Sprintf("%T", x)
            }}
        }}
    """), "fmt")


def t_once(f: FileGen) -> None:
    n, k = f.uniq(), f.rng.randint(2, 99)
    f.add(go(f"""
        var (
            once{n}  sync.Once
            table{n} map[int]string
        )

        // lookup{n} lazily builds a table on first use.
        func lookup{n}(i int) string {{
            once{n}.Do(func() {{
                table{n} = make(map[int]string, {k})
                for j := 0; j < {k}; j++ {{
                    table{n}[j] = fmt.Sprint(j * j)
                }}
            }})
            return table{n}[i%{k}]
        }}
    """), "fmt", "sync")


def t_comments_consts(f: FileGen) -> None:
    n = f.uniq()
    w = f.rng.sample(WORDS, 4)
    f.add(go(f"""
        /*
        The constants below describe the {w[0]} states of the {w[1]} machine.
        They are never persisted; the numbering may change at any time.
        See also the {w[2]} and {w[3]} documentation.
        */

        // State{n} is an enumerated state.
        type State{n} int

        const (
            // State{n}Idle means waiting for work.
            State{n}Idle State{n} = iota
            // State{n}Busy means processing.
            State{n}Busy
            // State{n}Done means finished.
            State{n}Done
        )

        // String implements fmt.Stringer.
        func (s State{n}) String() string {{
            switch s {{
            case State{n}Idle:
                return "idle"
            case State{n}Busy:
                return "busy"
            case State{n}Done:
                return "done"
            }}
            return "unknown"
        }}
    """))


def t_labelled_loop(f: FileGen) -> None:
    n, k = f.uniq(), f.rng.randint(2, 20)
    f.add(go(f"""
        // join{n} joins a grid of words, stopping at the first empty row.
        func join{n}(grid [][]string) string {{
            out := ""
        outer:
            for i, row := range grid {{
                if len(row) == 0 {{
                    break outer
                }}
                for j, cell := range row {{
                    if j >= {k} {{
                        continue outer
                    }}
                    out += fmt.Sprintf("%d.%d=%s;", i, j, cell)
                }}
            }}
            return out
        }}
    """), "fmt")


def t_recover(f: FileGen) -> None:
    n = f.uniq()
    f.add(go(f"""
        // safeGo{n} runs fn in a goroutine and reports a panic as an error.
        func safeGo{n}(ctx context.Context, fn func(context.Context)) <-chan error {{
            errc := make(chan error, 1)
            go func() {{
                defer func() {{
                    if r := recover(); r != nil {{
                        errc <- fmt.Errorf("safeGo{n}: panic: %v", r)
                        return
                    }}
                    errc <- nil
                }}()
                fn(ctx)
            }}()
            return errc
        }}
    """), "context", "fmt")


def t_func_value_go(f: FileGen) -> None:
    n, k = f.uniq(), f.rng.randint(2, 99)
    f.add(go(f"""
        // tick{n} stores a closure in a variable and starts it later.
        func (s *Service) tick{n}(ctx context.Context) {{
            step := func() {{
                for i := 0; i < {k}; i++ {{
                    s.incr(i)
                }}
            }}
            if ctx.Err() == nil {{
                go step()
            }}
        }}
    """), "context")


def t_nested_go(f: FileGen) -> None:
    n = f.uniq()
    f.add(go(f"""
        // nested{n} starts a goroutine that starts another one using ctx.
        func (s *Service) nested{n}(ctx context.Context, done chan<- struct{{}}) {{
            go func() {{
                inner := make(chan struct{{}})
                go func() {{
                    defer close(inner)
                    <-ctx.Done()
                }}()
                <-inner
                s.incr(1)
                done <- struct{{}}{{}}
            }}()
        }}
    """), "context")


def t_with_value(f: FileGen) -> None:
    n = f.uniq()
    w = f.rng.choice(WORDS)
    f.add(go(f"""
        type ctxKey{n} struct{{}}

        // with{n} attaches a {w} label to ctx.
        func with{n}(ctx context.Context, label string) context.Context {{
            return context.WithValue(ctx, ctxKey{n}{{}}, label)
        }}

        // label{n} returns the label stored by with{n}.
        func label{n}(ctx context.Context) (string, bool) {{
            v, ok := ctx.Value(ctxKey{n}{{}}).(string)
            return v, ok
        }}
    """), "context")


def t_range_chan(f: FileGen) -> None:
    n, k = f.uniq(), f.rng.randint(2, 99)
    f.add(go(f"""
        // collect{n} drains a producer goroutine; the producer captures ctx.
        func collect{n}(ctx context.Context, limit int) []int {{
            ch := make(chan int)
            go func() {{
                defer close(ch)
                for i := 0; i < limit; i++ {{
                    select {{
                    case ch <- i * {k}:
                    case <-ctx.Done():
                        return
                    }}
                }}
            }}()
            var out []int
            for v := range ch {{
                out = append(out, v)
            }}
            return out
        }}
    """), "context")


def t_struct_methods(f: FileGen) -> None:
    n, k = f.uniq(), f.rng.randint(2, 99)
    w = f.rng.choice(WORDS)
    f.add(go(f"""
        // Record{n} is a {w} record.
        type Record{n} struct {{
            ID    int               `json:"id"`
            Name  string            `json:"name"`
            Tags  []string          `json:"tags,omitempty"`
            Attrs map[string]string `json:"attrs,omitempty"`
        }}

        // Validate reports whether r is well formed.
        func (r *Record{n}) Validate() error {{
            if r.ID <= 0 {{
                return fmt.Errorf("record{n}: bad id %d", r.ID)
            }}
            if r.Name == "" {{
                return fmt.Errorf("record{n}: empty name")
            }}
            if len(r.Tags) > {k} {{
                return fmt.Errorf("record{n}: %d tags, max {k}", len(r.Tags))
            }}
            return nil
        }}

        // Clone returns a deep copy of r.
        func (r *Record{n}) Clone() *Record{n} {{
            c := &Record{n}{{ID: r.ID, Name: r.Name}}
            c.Tags = append(c.Tags, r.Tags...)
            if r.Attrs != nil {{
                c.Attrs = make(map[string]string, len(r.Attrs))
                for k, v := range r.Attrs {{
                    c.Attrs[k] = v
                }}
            }}
            return c
        }}
    """), "fmt")


def t_go_method_no_ctx(f: FileGen) -> None:
    n, k = f.uniq(), f.rng.randint(2, 99)
    f.add(go(f"""
        func (s *Service) flush{n}() {{
            for i := 0; i < {k}; i++ {{
                s.ch <- i
            }}
        }}

        // kick{n} has ctx, checks it, then starts flush{n} without it.
        func (s *Service) kick{n}(ctx context.Context) error {{
            if err := ctx.Err(); err != nil {{
                return err
            }}
            go s.flush{n}()
            return nil
        }}
    """), "context")


TEMPLATES = [
    (t_wait_group_ctx, 6),
    (t_go_without_ctx, 5),
    (t_errgroup_ctx, 4),
    (t_errgroup_plain, 2),
    (t_pump_select, 4),
    (t_classify, 5),
    (t_cache, 3),
    (t_with_cancel, 4),
    (t_worker_pool, 3),
    (t_plain_go, 3),
    (t_generic, 2),
    (t_type_switch, 2),
    (t_once, 2),
    (t_comments_consts, 3),
    (t_labelled_loop, 3),
    (t_recover, 2),
    (t_func_value_go, 3),
    (t_nested_go, 2),
    (t_with_value, 2),
    (t_range_chan, 3),
    (t_struct_methods, 4),
    (t_go_method_no_ctx, 3),
]
_TEMPLATE_FUNCS = [t for t, _ in TEMPLATES]
_TEMPLATE_WEIGHTS = [w for _, w in TEMPLATES]


def add_random(f: FileGen) -> None:
    f.rng.choices(_TEMPLATE_FUNCS, _TEMPLATE_WEIGHTS)[0](f)


def add_dep_use(f: FileGen, dep: Pkg) -> None:
    n, k = f.uniq(), f.rng.randint(2, 99)
    f.imports.add(dep.import_path)
    f.add(go(f"""
        // use{n} calls into package {dep.name}.
        func use{n}(ctx context.Context) (int, error) {{
            v, err := {dep.name}.Compute(ctx, {k})
            if err != nil {{
                return 0, fmt.Errorf("use{n}: %w", err)
            }}
            return v + {dep.name}.Helper({k}), nil
        }}
    """), "context", "fmt")


def fill(f: FileGen, target: int) -> None:
    while f.lines() < target:
        add_random(f)


# ---------------------------------------------------------------------------
# Per-package files
# ---------------------------------------------------------------------------


def api_file(pkg: Pkg, f: FileGen) -> None:
    k = f.rng.randint(2, 99)
    if not pkg.is_main:
        f.doc = ["// Package %s is synthetic package number %d." % (pkg.name, pkg.index)]
    f.add(go(f"""
        // Version is the synthetic package version.
        const Version = "v0.{pkg.index}.0"

        // Service holds shared state for this package.
        type Service struct {{
            Name  string
            mu    sync.Mutex
            count int
            ch    chan int
        }}

        // NewService returns a ready Service.
        func NewService(name string) *Service {{
            return &Service{{Name: name, ch: make(chan int, 16)}}
        }}

        func (s *Service) incr(n int) int {{
            s.mu.Lock()
            defer s.mu.Unlock()
            s.count += n
            return s.count
        }}

        // Compute is the entry point other packages call.
        func Compute(ctx context.Context, n int) (int, error) {{
            if err := ctx.Err(); err != nil {{
                return 0, fmt.Errorf("{pkg.name}: compute: %w", err)
            }}
            return Helper(n) * 2, nil
        }}

        // Helper is a pure exported helper.
        func Helper(n int) int {{
            return n*{k} + 1
        }}
    """), "context", "fmt", "sync")
    if pkg.is_main:
        f.add(go("""
            func main() {
                ctx, cancel := context.WithCancel(context.Background())
                defer cancel()
                v, err := Compute(ctx, len(os.Args))
                if err != nil {
                    fmt.Fprintln(os.Stderr, "error:", err)
                    os.Exit(1)
                }
                fmt.Println(Version, v)
            }
        """), "context", "fmt", "os")


def platform_files(pkg: Pkg, rng: random.Random) -> dict[str, str]:
    out = {}
    for suffix, constraint, label in [
        ("linux", "linux", "linux"),
        ("windows", "windows", "windows"),
        ("other", "!linux && !windows", "other"),
    ]:
        f = FileGen(pkg, rng, [0])
        k = 7 + len(label)
        f.add(go(f"""
            func platformName() string {{ return "{label}" }}

            // platformWatch polls in a goroutine; only the {label} build has it this way.
            func platformWatch(ctx context.Context, every int) <-chan string {{
                out := make(chan string, 1)
                go func() {{
                    defer close(out)
                    for i := 0; i < every*{k}; i++ {{
                        if ctx.Err() != nil {{
                            return
                        }}
                    }}
                    out <- platformName()
                }}()
                return out
            }}
        """), "context")
        out["platform_%s.go" % suffix] = f.render(
            ["//go:build %s" % constraint, ""]
        )
    return out


def test_file(pkg: Pkg, f: FileGen) -> None:
    f.add(go("""
        func TestCompute(t *testing.T) {
            ctx, cancel := context.WithCancel(context.Background())
            defer cancel()
            got, err := Compute(ctx, 3)
            if err != nil {
                t.Fatalf("Compute: %v", err)
            }
            if want := Helper(3) * 2; got != want {
                t.Errorf("Compute(3) = %d, want %d", got, want)
            }
        }

        func TestServiceConcurrent(t *testing.T) {
            s := NewService("test")
            var wg sync.WaitGroup
            for i := range 8 {
                wg.Add(1)
                go func() {
                    defer wg.Done()
                    s.incr(i)
                }()
            }
            wg.Wait()
            if s.count != 28 {
                t.Errorf("count = %d, want 28", s.count)
            }
        }

        func BenchmarkHelper(b *testing.B) {
            for i := 0; i < b.N; i++ {
                Helper(i)
            }
        }
    """), "context", "sync", "testing")


ERRGROUP_SRC = """\
// Package errgroup is a minimal vendored stand-in for golang.org/x/sync/errgroup,
// written for the goroutinectx synthetic benchmark corpus.
package errgroup

import (
\t"context"
\t"sync"
)

// A Group is a collection of goroutines working on subtasks of a common task.
type Group struct {
\tcancel  func(error)
\twg      sync.WaitGroup
\terrOnce sync.Once
\terr     error
}

// WithContext returns a new Group and an associated Context derived from ctx.
func WithContext(ctx context.Context) (*Group, context.Context) {
\tctx, cancel := context.WithCancelCause(ctx)
\treturn &Group{cancel: cancel}, ctx
}

// Wait blocks until all function calls from Go have returned, then returns
// the first non-nil error (if any) from them.
func (g *Group) Wait() error {
\tg.wg.Wait()
\tif g.cancel != nil {
\t\tg.cancel(g.err)
\t}
\treturn g.err
}

// Go calls the given function in a new goroutine.
func (g *Group) Go(f func() error) {
\tg.wg.Add(1)
\tgo func() {
\t\tdefer g.wg.Done()
\t\tif err := f(); err != nil {
\t\t\tg.errOnce.Do(func() {
\t\t\t\tg.err = err
\t\t\t\tif g.cancel != nil {
\t\t\t\t\tg.cancel(g.err)
\t\t\t\t}
\t\t\t})
\t\t}
\t}()
}
"""


def write(path: str, text: str, stats: dict) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    if path.endswith(".go"):
        stats["files"] += 1
        stats["lines"] += text.count("\n")
        stats["bytes"] += len(text.encode("utf-8"))


def generate(out: str, packages: int, lines: int, seed: int) -> dict:
    if packages < 1:
        raise SystemExit("--packages must be >= 1")
    rng = random.Random(seed)
    width = max(4, len(str(packages - 1)))
    stats = {"files": 0, "lines": 0, "bytes": 0, "packages": packages}

    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)

    write(os.path.join(out, "go.mod"),
          "module %s\n\ngo %s\n\nrequire %s %s\n" % (MODULE, GO_VERSION, ERRGROUP_MOD, ERRGROUP_VER),
          stats)
    write(os.path.join(out, "vendor", "modules.txt"),
          "# %s %s\n## explicit; go 1.18\n%s\n" % (ERRGROUP_MOD, ERRGROUP_VER, ERRGROUP_PKG),
          stats)
    write(os.path.join(out, "vendor", *ERRGROUP_PKG.split("/"), "errgroup.go"), ERRGROUP_SRC, stats)
    stats["lines"] -= ERRGROUP_SRC.count("\n")  # count only synthetic packages

    pkgs: list[Pkg] = []
    for i in range(packages):
        is_main = packages >= 10 and i % 50 == 49
        pkgs.append(Pkg(i, width, is_main))

    per_pkg = max(60, lines // packages)  # minimum useful package size
    for pkg in pkgs:
        candidates = [p for p in pkgs[max(0, pkg.index - 300):pkg.index] if not p.is_main]
        if candidates:
            ndeps = min(len(candidates), rng.randint(1, 3))
            pkg.deps = rng.sample(candidates, ndeps)

        counter = [0]
        nfiles = max(1, min(len(FILE_NAMES), rng.randint(3, 6), per_pkg // 60))
        names = [pkg.name if not pkg.is_main else "main"] + rng.sample(FILE_NAMES, nfiles - 1)
        gens = [FileGen(pkg, rng, counter) for _ in names]
        api_file(pkg, gens[0])
        # Each dependency is imported (and used) by one random file.
        for dep in pkg.deps:
            add_dep_use(rng.choice(gens), dep)

        extra = {}
        if pkg.index % 40 == 7:
            extra.update(platform_files(pkg, rng))
        if pkg.index % 25 == 3:
            tf = FileGen(pkg, rng, counter)
            test_file(pkg, tf)
            extra["%s_test.go" % pkg.name] = tf.render()

        # Budget so that the running total tracks (index+1) * lines/packages;
        # overshoot from one package is taken out of the next.
        target_total = (pkg.index + 1) * lines // packages
        budget = max(per_pkg // 2, target_total - stats["lines"])
        budget -= sum(t.count("\n") for t in extra.values())
        share = max(20, budget // len(gens))
        for g in gens:
            fill(g, share - 8)  # ~8 lines of package/import header

        pdir = os.path.join(out, *pkg.rel.split("/"))
        for idx, (name, g) in enumerate(zip(names, gens)):
            header = None
            if idx > 0 and rng.random() < 0.02:
                header = ["// Code generated by synthgen. DO NOT EDIT.", ""]
            write(os.path.join(pdir, name + ".go"), g.render(header), stats)
        for name, text in extra.items():
            write(os.path.join(pdir, name), text, stats)
    return stats


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="output directory (replaced)")
    ap.add_argument("--packages", type=int, default=2000)
    ap.add_argument("--lines", type=int, default=1000000, help="approximate total lines of Go")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    stats = generate(args.out, args.packages, args.lines, args.seed)
    print("generated %(packages)d packages, %(files)d .go files, %(lines)d lines, %(bytes)d bytes"
          % stats, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
