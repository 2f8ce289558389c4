#!/usr/bin/env bash
# Runs every benchmark of iop-check and reports the release binary's size.
#
#   scripts/bench.sh                    everything (a few minutes with a warm build)
#   IOP_BENCH_RUNS=50 scripts/bench.sh  more runs per start-up measurement
#
# 1. `cargo build --release` and the size of target/release/iop-check;
# 2. benches/startup.rs: start-up time and peak memory of the real binary
#    against a minimal Rust program (prints its own table and targets), once
#    for the binary `cargo bench` builds and once for the release binary of
#    step 1 (the two differ: bench builds unify dev-dependency features in,
#    and both are written to target/release/iop-check, so step 1's binary is
#    copied aside first);
# 3. benches/bank.rs and benches/engine.rs: criterion benchmarks of loading
#    banks, scoring and rendering summaries.
#
# Benchmarks are noisy on a busy machine: the load average is printed before
# and after, so compare runs made at a similar load.
set -euo pipefail

cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"

load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime; }

echo "== load average (1/5/15 min) before: $(load)"

echo
echo "== cargo build --release"
cargo build --release
ls -l "$target/release/iop-check"
bytes=$(stat -c %s "$target/release/iop-check")
echo "release binary size: $bytes bytes ($((bytes / 1024)) KiB)"
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
cp "$target/release/iop-check" "$copy/iop-check"

echo
echo "== cargo bench --bench startup   (the binary cargo bench builds)"
cargo bench --bench startup

echo
echo "== IOP_BENCH_BIN=<copy of the release binary> cargo bench --bench startup"
IOP_BENCH_BIN="$copy/iop-check" cargo bench --bench startup

echo
echo "== cargo bench --bench bank --bench engine"
cargo bench --bench bank --bench engine

echo
echo "== criterion results"
# criterion is built without its html_reports feature, so the results are
# JSON files: <group>/<benchmark>/new/estimates.json (this run) and .../base/
# (the run before, which the printed "change" lines compare against).
echo "   $target/criterion/<group>/<benchmark>/new/estimates.json"
if command -v python3 >/dev/null 2>&1; then
    python3 - "$target/criterion" <<'EOF'
import json, pathlib, sys
root = pathlib.Path(sys.argv[1])
rows = []
for est in sorted(root.glob("*/*/new/estimates.json")):
    bench = est.parent.parent
    e = json.loads(est.read_text())
    # The estimate criterion prints as "time": the slope when it has one.
    m = e.get("slope") or e["mean"]
    rows.append((f"{bench.parent.name}/{bench.name}", m["point_estimate"],
                 m["confidence_interval"]["lower_bound"], m["confidence_interval"]["upper_bound"]))
def fmt(ns):
    for unit, div in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= div:
            return f"{ns / div:.2f} {unit}"
    return f"{ns:.0f} ns"
if rows:
    print(f"   {'benchmark':<32} {'time':>12}   95% interval")
    for name, med, lo, hi in rows:
        print(f"   {name:<32} {fmt(med):>12}   [{fmt(lo)} .. {fmt(hi)}]")
EOF
else
    find "$target/criterion" -path '*/new/estimates.json' | sort | sed 's/^/   /'
fi

echo
echo "release binary size (cargo build --release): $bytes bytes ($((bytes / 1024)) KiB)"

echo
echo "== load average (1/5/15 min) after: $(load)"
