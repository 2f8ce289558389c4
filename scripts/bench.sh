#!/usr/bin/env bash
# Runs every benchmark of iop-check; docs/performance.md shows the figures.
#
#   scripts/bench.sh                   everything (a few minutes with a warm build)
#   BENCH_RUNS=100 scripts/bench.sh    more runs per hyperfine command (default 30)
#   BENCH_SKIP_CRITERION=1 ...         hyperfine and memory only
#
# 1. `cargo build --release`, and the release binary's size;
# 2. hyperfine, in one run so that the machine's load hits all alike:
#    a Rust hello world (built here with rustc -C opt-level=3), then
#    `iop-check --version`, `crisis` (the crisis resources alone, as fast as
#    it can be: the command for a hard moment), the first screen in plain
#    mode (the built-in bank, the screens' words, the welcome and the first
#    question), `template`, `validate` (the built-in bank as written, parsed
#    and checked) and a whole run from an answers file; the start-up ratio
#    is `crisis` against hello world, and the first screen's is shown too;
# 3. `/usr/bin/time -v`: peak memory (max RSS) of the same commands;
# 4. criterion, for the pure parts: `cargo bench --bench bank` (parse and
#    check a bank) and `--bench engine` (score, render every format).
#
# hyperfine and GNU time are installed with apt-get when missing (as root);
# without them the script stops with an error, never skips in silence.
#
# Timings on a busy machine are noisy: the load average is printed before
# and after, so compare runs made at a similar load.
set -euo pipefail

cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
runs="${BENCH_RUNS:-30}"
ratio_target=1.5

need() { # need COMMAND APT-PACKAGE
    command -v "$1" >/dev/null 2>&1 && return 0
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "== installing $2 (apt-get)"
        (export DEBIAN_FRONTEND=noninteractive
         apt-get update -qq && apt-get install -y -qq --no-install-recommends "$2" >/dev/null) || true
    fi
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "error: scripts/bench.sh needs $1 (Debian/Ubuntu package $2), and it could not be installed." >&2
        exit 1
    fi
}
need hyperfine hyperfine
need /usr/bin/time time

load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime; }
echo "== load average (1/5/15 min) before: $(load)"

echo
echo "== cargo build --release"
cargo build --release
bytes=$(stat -c %s "$target/release/iop-check")
echo "release binary size: $bytes bytes ($((bytes / 1024)) KiB)"

# Everything timed runs from a copy, so that a build running meanwhile
# cannot swap the binary; and with a data folder of its own.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$target/release/iop-check" "$work/iop-check"
bin="$work/iop-check"
printf 'fn main() {\n    println!("Hello, world!");\n}\n' >"$work/hello.rs"
rustc -C opt-level=3 -C strip=symbols -o "$work/hello" "$work/hello.rs"
# Every question answered (kept in step with the bank by
# tests/it/answers_file.rs): a template is left empty on purpose.
cp tests/fixtures/answers/builtin-full.yaml "$work/answers.yaml"
export NO_COLOR=1 IOP_CHECK_DATA_DIR="$work/data"
whole_run="$bin run --no-save --answers $work/answers.yaml --format json"
# The first screen as plain lines: the built-in bank, the screens' words,
# the welcome and the first question; stdin is /dev/null, so the input ends
# there (exit 5, which -i lets by; every other command is run once here
# first, and stops the script if it fails).
first_screen="$bin --plain --no-save"
"$bin" crisis >/dev/null && "$bin" template >/dev/null && "$bin" validate >/dev/null
"$bin" run --no-save --answers "$work/answers.yaml" --format json >/dev/null

echo
echo "== hyperfine: start-up and a whole run ($runs runs each, medians)"
names=(hello-world version crisis first-screen template validate whole-run)
commands=("$work/hello" "$bin --version" "$bin crisis" "$first_screen" "$bin template" "$bin validate" "$whole_run")
named=()
for name in "${names[@]}"; do named+=(--command-name "$name"); done
hyperfine -N -i --warmup 5 --runs "$runs" --style basic --export-csv "$work/times.csv" \
    "${named[@]}" "${commands[@]}"
echo
# CSV: command,mean,stddev,median,user,system,min,max (seconds).
awk -F, -v target="$ratio_target" '
    NR == 1 { next }
    { name[NR] = $1; median[NR] = $4 * 1000; min[NR] = $7 * 1000; if ($1 == "hello-world") { floor = $4 * 1000; fastest = $7 * 1000 } }
    END {
        printf "   %-12s %10s %10s %9s\n", "command", "median", "min", "vs hello"
        for (i = 2; i <= NR; i++)
            printf "   %-12s %7.2f ms %7.2f ms %8.2fx\n", name[i], median[i], min[i], median[i] / floor
        for (i = 2; i <= NR; i++) if (name[i] == "crisis") { r = median[i] / floor; f = min[i] / fastest }
        printf "start-up, crisis / hello world: %.2fx (medians), %.2fx (fastest runs); target %sx or less: %s\n",
            r, f, target, (r <= target ? "met" : "NOT met")
        for (i = 2; i <= NR; i++) if (name[i] == "first-screen") { r = median[i] / floor }
        printf "first screen (plain, the bank and its words) / hello world: %.2fx (medians)\n", r
    }' "$work/times.csv"

echo
echo "== /usr/bin/time -v: peak memory (max RSS)"
for i in "${!names[@]}"; do
    # shellcheck disable=SC2086 # the commands are words on purpose
    # (The first screen ends with exit 5, as its input ends: not a failure.)
    kb=$({ /usr/bin/time -v ${commands[$i]} 2>&1 >/dev/null </dev/null || true; } |
        awk -F': ' '/Maximum resident set size/ { print $2 }')
    printf "   %-12s %6d KiB (%s MiB)\n" "${names[$i]}" "$kb" "$(awk -v k="$kb" 'BEGIN { printf "%.1f", k / 1024 }')"
done

if [ -z "${BENCH_SKIP_CRITERION:-}" ]; then
    echo
    echo "== cargo bench --bench bank --bench engine   (criterion)"
    cargo bench --bench bank --bench engine
    echo "   results: $target/criterion/<group>/<benchmark>/new/estimates.json"
fi

echo
echo "== load average (1/5/15 min) after: $(load)"
