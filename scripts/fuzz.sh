#!/usr/bin/env bash
# Fuzzes the link decoder, the scenario parser, the set-file parser and the editor's paste
# boxes (posts, pay awards, allocations, actuals) and the saved work's reader with libFuzzer
# (cargo-fuzz, nightly).
#   scripts/fuzz.sh [RUNS]        RUNS iterations per target (default 1,000,000)
#   FUZZ_SECONDS=600 scripts/fuzz.sh   also stop each target after that many seconds
# Seeds: the example scenario files (versions 1 and 2) and the golden links, as links and as
# the JSON inside them (fuzz/seeds/decode_link: a mode byte, 0 text, 1 or 2 a link version);
# pasted rows (fuzz/seeds/paste) and saved work (fuzz/seeds/saved_work, each under -max_len).
# Crashes land in fuzz/artifacts/.
# No sanitizer (-s none): the engine forbids unsafe code, so a panic is the failure we look
# for, and AddressSanitizer made each run about 20 times slower (99 against 2,150 runs/s).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1000000}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal

mkdir -p fuzz/corpus/parse_scenario fuzz/corpus/decode_link fuzz/corpus/parse_set fuzz/corpus/paste fuzz/corpus/saved_work
cp examples/*.json examples/version-2/*.json fuzz/corpus/parse_scenario/
cp examples/*.json examples/version-2/*.json fuzz/seeds/parse_set/* fuzz/corpus/parse_set/   # scenario files, and a set file
cp fuzz/seeds/decode_link/* fuzz/corpus/decode_link/   # a mode byte, then a link or its inflated JSON
cp fuzz/seeds/paste/* fuzz/corpus/paste/   # a byte for the box (0 posts, 1 awards, 2 allocations, 3 actuals), then rows
cp fuzz/seeds/saved_work/* fuzz/corpus/saved_work/   # saved work as the planner writes it: one, several and version 2 scenarios
status=0
for target in decode_link parse_scenario parse_set paste saved_work; do
  echo "== fuzzing $target for $runs runs"
  log="fuzz/$target.log"
  cargo +nightly fuzz run -s none "$target" "fuzz/corpus/$target" -- -runs="$runs" ${FUZZ_SECONDS:+-max_total_time="$FUZZ_SECONDS"} -max_len=8192 -print_final_stats=1 >"$log" 2>&1 \
    || { status=1; echo "!! $target found a crash: see $log and fuzz/artifacts/$target/"; }
  grep -E '^(Done|stat::number_of_executed_units|stat::average_exec_per_sec|stat::new_units_added)' "$log" || true
done
exit $status
