#!/usr/bin/env python3
"""Generates one large Go file (and the same code split into several files) for measuring
the cost of one huge file against the same code in several files (issue 13).

    python3 bench/gen_bigfile.py --out DIR --mb 50 [--shape sites|mix|pb] [--split 12]

Writes DIR/go.mod, DIR/one/big.go (one package, one file of about MB megabytes) and, with
--split N, DIR/split/fNN.go (the same functions in N files of one package). Shapes:

- sites: every function holds `go func(k int){ _ = ctx; fmt.Println(k) }(j)` (no body can
  be left out of the parse), as `big_source` in crates/cli/tests/robustness.rs;
- mix: one function in 50 holds a goroutine that uses ctx and one in 50 one that does not
  (reported); the rest is plain code (left out of the parse);
- pb: a protobuf-like file (structs, getters, a big descriptor byte slice) with a few
  spawning functions, not marked generated.

Deterministic; prints the sizes written.
"""

import argparse
import os


HEADER = 'package big\n\nimport (\n\t"context"\n\t"fmt"\n)\n\n'


def func_sites(i):
    return (
        f"// F{i} does things.\nfunc F{i}(ctx context.Context, n int) error {{\n"
        f"\tfor j := 0; j < n; j++ {{\n\t\tgo func(k int) {{\n\t\t\t_ = ctx\n"
        f'\t\t\tfmt.Println(k, "x{i}")\n\t\t}}(j)\n\t}}\n\treturn nil\n}}\n\n'
    )


def func_mix(i):
    if i % 50 == 0:
        return func_sites(i)
    if i % 50 == 25:
        return (
            f"func G{i}(ctx context.Context) {{\n\tgo func() {{\n"
            f'\t\tfmt.Println("no ctx {i}")\n\t}}()\n}}\n\n'
        )
    return (
        f"// H{i} computes.\nfunc H{i}(ctx context.Context, xs []int) (int, error) {{\n"
        f"\ttotal := 0\n\tfor _, x := range xs {{\n\t\tif x%{i % 7 + 2} == 0 {{\n"
        f"\t\t\ttotal += x * {i}\n\t\t}} else {{\n\t\t\ttotal -= x\n\t\t}}\n\t}}\n"
        f'\tif total < 0 {{\n\t\treturn 0, fmt.Errorf("negative %d in H{i}", total)\n\t}}\n'
        f"\treturn total, ctx.Err()\n}}\n\n"
    )


def func_pb(i):
    if i % 400 == 0:
        return func_sites(i)
    name = f"Msg{i}"
    return (
        f"type {name} struct {{\n\tstate int\n\tsizeCache int32\n\tunknownFields []byte\n\n"
        f'\tName string `protobuf:"bytes,1,opt,name=name,proto3" json:"name,omitempty"`\n'
        f'\tId int64 `protobuf:"varint,2,opt,name=id,proto3" json:"id,omitempty"`\n}}\n\n'
        f"func (x *{name}) Reset() {{\n\t*x = {name}{{}}\n}}\n\n"
        f'func (x *{name}) String() string {{\n\treturn fmt.Sprint("{name}", x.Name)\n}}\n\n'
        f"func (x *{name}) GetName() string {{\n\tif x != nil {{\n\t\treturn x.Name\n\t}}\n"
        f'\treturn ""\n}}\n\n'
        f"func (x *{name}) GetId() int64 {{\n\tif x != nil {{\n\t\treturn x.Id\n\t}}\n"
        f"\treturn 0\n}}\n\n"
        f"var file_{i}_rawDesc = []byte{{\n"
        + "".join(
            "\t" + ", ".join(f"0x{(i * 31 + r * 7 + c) % 256:02x}" for c in range(12)) + ",\n"
            for r in range(4)
        )
        + "}\n\n"
    )


SHAPES = {"sites": func_sites, "mix": func_mix, "pb": func_pb}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--shape", choices=sorted(SHAPES), default="sites")
    ap.add_argument("--split", type=int, default=0)
    a = ap.parse_args()
    gen = SHAPES[a.shape]
    target = int(a.mb * 1024 * 1024)
    funcs = []
    size = len(HEADER)
    i = 0
    while size < target:
        f = gen(i)
        funcs.append(f)
        size += len(f)
        i += 1
    os.makedirs(os.path.join(a.out, "one"), exist_ok=True)
    with open(os.path.join(a.out, "go.mod"), "w") as w:
        w.write("module example.com/bigfile\n\ngo 1.22\n")
    with open(os.path.join(a.out, "one", "big.go"), "w") as w:
        w.write(HEADER)
        w.writelines(funcs)
    print(f"one/big.go: {size} bytes, {len(funcs)} functions")
    if a.split > 0:
        os.makedirs(os.path.join(a.out, "split"), exist_ok=True)
        per = (len(funcs) + a.split - 1) // a.split
        for n in range(a.split):
            part = funcs[n * per : (n + 1) * per]
            with open(os.path.join(a.out, "split", f"f{n:02}.go"), "w") as w:
                w.write(HEADER)
                w.writelines(part)
        print(f"split/: {a.split} files")


if __name__ == "__main__":
    main()
