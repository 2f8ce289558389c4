#!/usr/bin/env bash
# Measures iop-check at the limits of a bank (issue 18): the time and peak
# memory of `export-bank --format fhir` for the largest Questionnaire a valid
# bank can give, and of a plain run that skips every question of a bank of
# 3,000 questions (the most a bank may have), with the draft saved after
# each answer. Figures go in docs/performance.md.
#
#   scripts/limits-bench.sh            uses target/release/iop-check (built if missing)
#
# Needs GNU time (/usr/bin/time: `apt-get install time`). Speed varies with
# the machine's load: the load average is printed first.
set -euo pipefail

cd "$(dirname "$0")/.."
bin="${CARGO_TARGET_DIR:-target}/release/iop-check"
[ -x "$bin" ] || cargo build --release
if [ ! -x /usr/bin/time ]; then
  echo "GNU time is missing: apt-get install time" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# The head of a bank, with a scale of $1 options.
head_with_scale() {
  cat <<YAML
id: limits-bank
version: 1.0.0
title: A bank at the limits
language: en-US
last_reviewed: 2026-10-01
disclaimer: This tool does not diagnose anything or make any decision for you.
sources:
  - id: samhsa-tip-47
    title: "SAMHSA TIP 47"
    url: https://store.samhsa.gov/product/tip-47
crisis:
  intro: If you might act on thoughts of harming yourself, please reach out now.
  after_answer: Please reach your therapist, call or text 988, or call 911 first.
  resources:
    - { name: 988 Suicide & Crisis Lifeline, region: United States, call: "988", text: "988" }
bands:
  - { id: low, from: 0, to: 49, label: Low }
  - { id: high, from: 50, to: 100, label: High }
scales:
  wide:
    options:
YAML
  awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) printf "      - { id: o%d, label: Option %d, score: %d }\n", i, i, i % 101 }'
  echo "sections:"
}

# $1 questions on the wide scale, in one section.
questions() {
  printf '  - id: all\n    title: Everything\n    why: To measure.\n    questions:\n'
  awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) printf "      - id: q%d\n        kind: scale\n        scale: wide\n        prompt: Statement %d?\n", i, i }'
}

measure() { # label, command...
  local label=$1
  shift
  /usr/bin/time -f "$label: %e s, peak %M KiB" "$@" >/dev/null 2>"$work/err" || true
  tail -n 1 "$work/err"
}

# 1. The widest valid Questionnaire: 3,000 questions on a scale with as many
#    options as `validate` lets them have.
for k in 45 40; do
  { head_with_scale "$k"; questions 3000; } >"$work/wide.yaml"
  if "$bin" validate "$work/wide.yaml" >/dev/null 2>&1; then
    break
  fi
done
"$bin" validate "$work/wide.yaml"
echo "bank: $(stat -c %s "$work/wide.yaml") bytes, 3,000 questions of $k options"
"$bin" export-bank --format fhir --bank "$work/wide.yaml" -o "$work/q.json"
echo "Questionnaire: $(stat -c %s "$work/q.json") bytes"
measure "export-bank --format fhir" "$bin" export-bank --format fhir --bank "$work/wide.yaml" -o "$work/q.json"
measure "validate" "$bin" validate "$work/wide.yaml"

# 2. A bank near the 1 MiB cap: 3,000 questions with long prompts.
{
  head_with_scale 5
  printf '  - id: all\n    title: Everything\n    why: To measure.\n    questions:\n'
  awk 'BEGIN {
    long = "How much do you agree with this statement, which is written out at some length"
    long = long ", so that the bank comes near the limit of one mebibyte on a bank file"
    long = long ", the way a clinic with very wordy questions might write it?"
    for (i = 0; i < 3000; i++)
      printf "      - id: q%d\n        kind: scale\n        scale: wide\n        prompt: %d. %s\n", i, i, long
  }'
} >"$work/near-cap.yaml"
"$bin" validate "$work/near-cap.yaml"
echo "bank: $(stat -c %s "$work/near-cap.yaml") bytes"
"$bin" export-bank --format fhir --bank "$work/near-cap.yaml" -o "$work/q2.json"
echo "Questionnaire: $(stat -c %s "$work/q2.json") bytes"
measure "export-bank --format fhir" "$bin" export-bank --format fhir --bank "$work/near-cap.yaml" -o "$work/q2.json"
measure "validate" "$bin" validate "$work/near-cap.yaml"

# 3. A plain run that skips all 3,000 questions, saving the draft after each.
{ head_with_scale 5; questions 3000; } >"$work/many.yaml"
awk 'BEGIN { for (i = 0; i < 3000; i++) print "s" }' >"$work/skips"
measure "plain run skipping 3,000 questions, saving" \
  "$bin" --plain --bank "$work/many.yaml" --data-dir "$work/data" <"$work/skips"
echo "draft: $(stat -c %s "$work/data/draft.json") bytes"
measure "the same with --no-save" \
  "$bin" --plain --no-save --bank "$work/many.yaml" <"$work/skips"
