#!/bin/bash
# `make slurm-check`: docs/slurm/galley-batch.sbatch end to end on a real single-node Slurm.
#
# Starts a throw-away cluster (local-cluster.sh: munged, slurmctld, slurmd), submits the array
# job over a folder of inputs (copies of Samples/ PDFs and dumps), cancels one running task and
# resubmits it without SHARDS (it must resume as the same shard), checks that a resubmission
# split another way is refused, merges the manifests and checks that every input was converted
# exactly once: one "converted" line in all the task logs together, one entry in one shard's
# manifest, its outputs present. Stops every daemon it started, whatever happens.
#
#   GALLEY=path/to/galley docs/slurm/slurm-check.sh [WORK_DIR]
#
# TASKS (default 4) array tasks, COPIES (default 2) copies of the samples.

set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${1:-$ROOT/.build/slurm-check}
GALLEY=${GALLEY:?set GALLEY to the galley binary}
GALLEY=$(cd "$(dirname "$GALLEY")" && pwd)/$(basename "$GALLEY")
TASKS=${TASKS:-4}
COPIES=${COPIES:-2}
CLUSTER=$ROOT/docs/slurm/local-cluster.sh
SCRIPT=$ROOT/docs/slurm/galley-batch.sbatch
START=$(date +%s)

say() { echo "slurm-check: $*"; }
fail() {
    echo "slurm-check: FAILED: $*" >&2
    exit 1
}

rm -rf "$WORK"
mkdir -p "$WORK/in" "$WORK/logs"
IN=$WORK/in
OUT=$WORK/out
STATE=$WORK/cluster

# The inputs: every sample PDF and dump, COPIES times, in folders of their own.
for copy in $(seq "$COPIES"); do
    mkdir -p "$IN/copy$copy"
    cp "$ROOT"/Samples/*.pdf "$ROOT"/Samples/*.txt "$IN/copy$copy/"
done
INPUT_COUNT=$(find "$IN" -type f \( -name '*.pdf' -o -name '*.txt' \) | wc -l)
say "$INPUT_COUNT inputs in $IN, $TASKS array tasks"

"$CLUSTER" install
# The cleanup itself ignores Ctrl-C and kills, so a second one cannot leave daemons behind.
trap 'trap "" INT TERM; "$CLUSTER" stop "$STATE"' EXIT
# Ctrl-C or a kill ends the script through exit, so the EXIT trap stops the daemons then too.
trap 'exit 130' INT
trap 'exit 143' TERM
"$CLUSTER" start "$STATE"
export SLURM_CONF=$STATE/slurm.conf

# Waits until job $1 has left the queue (every task done, failed or cancelled).
wait_job() {
    local job=$1
    for _ in $(seq 1200); do
        [ -z "$(squeue -h -j "$job" 2>/dev/null)" ] && return 0
        sleep 0.5
    done
    fail "job $job still queued after 10 minutes: $(squeue -j "$job")"
}

# The first run, whose task 0 is cancelled while converting.
job=$(GALLEY=$GALLEY sbatch --parsable --array=0-$((TASKS - 1)) --chdir "$WORK" \
    --output "$WORK/logs/first-%A_%a.log" "$SCRIPT" "$IN" "$OUT")
job=${job%%;*}
say "submitted job $job (--array=0-$((TASKS - 1)))"
log0=$WORK/logs/first-${job}_0.log
for _ in $(seq 600); do
    # Cancel once task 0 has converted something, so that its rerun has something to resume.
    grep -q '^\[[0-9]*/[0-9]*\] converted' "$log0" 2>/dev/null && break
    # A task 0 that already ended will convert nothing more.
    [ -s "$log0" ] && [ -z "$(squeue -h -j "${job}_0" 2>/dev/null)" ] && break
    sleep 0.1
done
grep -q '^\[[0-9]*/[0-9]*\] converted' "$log0" || fail "task 0 never started converting: $(cat "$log0" 2>/dev/null)"
scancel "${job}_0"
say "cancelled task ${job}_0 after $(grep -c '^\[' "$log0") of its inputs"
wait_job "$job"
converted_before=$(grep -c '^\[[0-9]*/[0-9]*\] converted' "$log0" || true)
grep -q "stopped by SIGTERM" "$log0" || fail "task 0 was not stopped by the cancel (it finished first?): $(tail -n 2 "$log0")"

set +e
"$GALLEY" manifest merge "$OUT" >"$WORK/merge-incomplete.txt"
status=$?
set -e
[ "$status" = 1 ] || fail "merge after the cancel exited $status, not 1: $(cat "$WORK/merge-incomplete.txt")"
say "merge with task 0 cancelled: exit 1 ($(head -n 1 "$WORK/merge-incomplete.txt"))"

# A resubmission split another way is refused before it converts anything.
refused=$(GALLEY=$GALLEY SHARDS=$((TASKS + 1)) sbatch --parsable --wait --array=0 --chdir "$WORK" \
    --output "$WORK/logs/refused-%A_%a.log" "$SCRIPT" "$IN" "$OUT" || true)
refused=${refused%%;*}
grep -q "holds the manifests of a $TASKS-way run" "$WORK"/logs/refused-*.log ||
    fail "SHARDS=$((TASKS + 1)) was not refused: $(cat "$WORK"/logs/refused-*.log)"
say "SHARDS=$((TASKS + 1)) over a $TASKS-way folder refused"

# Task 0 again, without SHARDS: --array=0 is one task, but the folder says N=$TASKS.
rerun=$(GALLEY=$GALLEY sbatch --parsable --wait --array=0 --chdir "$WORK" \
    --output "$WORK/logs/rerun-%A_%a.log" "$SCRIPT" "$IN" "$OUT") || fail "the rerun of task 0 failed: $(cat "$WORK"/logs/rerun-*.log)"
rerun=${rerun%%;*}
rerun_log=$WORK/logs/rerun-${rerun}_0.log
grep -q "manifest-1-of-$TASKS.jsonl" "$rerun_log" || fail "the rerun did not take shard 1/$TASKS: $(tail -n 3 "$rerun_log")"
skipped=$(grep -c '^\[[0-9]*/[0-9]*\] skipped' "$rerun_log" || true)
[ "$skipped" -ge "$converted_before" ] || fail "the rerun skipped $skipped, but $converted_before were converted before the cancel"
say "rerun of task 0 as shard 1/$TASKS: $(tail -n 1 "$rerun_log")"

"$GALLEY" manifest merge "$OUT" -o "$OUT/merged.jsonl" >"$WORK/merge.txt" ||
    fail "merge exited $?: $(cat "$WORK/merge.txt")"
say "$(head -n 1 "$WORK/merge.txt")"

# Exactly once: every input has one "converted" line over all task logs, one entry in one
# shard manifest, and its outputs.
python3 - "$IN" "$OUT" "$WORK/logs" "$TASKS" <<'PY'
import json, os, re, sys, collections
inputs, out, logs, tasks = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
names = sorted(os.path.relpath(os.path.join(d, f), inputs) for d, _, fs in os.walk(inputs) for f in fs)
converted = collections.Counter()
for log in os.listdir(logs):
    for line in open(os.path.join(logs, log), encoding="utf-8", errors="replace"):
        m = re.match(r"\[\d+/\d+\] converted (.*) \(\d+ ms\)$", line.rstrip("\n"))
        if m: converted[m.group(1)] += 1
owners = collections.defaultdict(list)
for k in range(1, tasks + 1):
    path = os.path.join(out, f"manifest-{k}-of-{tasks}.jsonl")
    for line in open(path, encoding="utf-8"):
        entry = json.loads(line)
        if "input" in entry: owners[entry["input"]].append((k, entry))
problems = []
for name in names:
    if converted[name] != 1: problems.append(f"{name}: converted {converted[name]} times")
    found = owners.get(name, [])
    if len(found) != 1: problems.append(f"{name}: in {len(found)} shard manifests")
    elif found[0][1]["status"] != "converted": problems.append(f"{name}: {found[0][1]['status']}")
    for suffix in (".json", ".md"):
        if not os.path.isfile(os.path.join(out, name + suffix)): problems.append(f"{name}{suffix} missing")
extra = set(converted) - set(names)
if extra: problems.append(f"converted but not inputs: {sorted(extra)}")
merged = [json.loads(l) for l in open(os.path.join(out, "merged.jsonl"), encoding="utf-8")]
if sorted(e["input"] for e in merged if "input" in e) != names: problems.append("merged.jsonl does not list every input once")
if problems:
    print("slurm-check: FAILED:\n  " + "\n  ".join(problems[:20]), file=sys.stderr); sys.exit(1)
print(f"slurm-check: every one of the {len(names)} inputs converted exactly once, in one of {tasks} shards")
PY
say "passed in $(($(date +%s) - START)) s (cluster start and stop included)"
