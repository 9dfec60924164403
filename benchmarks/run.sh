#!/usr/bin/env bash
# Runs the whole benchmark suite (issue 7) and writes benchmarks/results/:
#   jmh/round-*.json       JMH JSON results (cases 1-6 and 8, alternating SDK/raw rounds)
#   interleaved.json       cases 1-3 and 8 again, SDK and raw batches alternating inside one JVM
#   virtual-threads.json   case 9, 10,000 concurrent retrieves on virtual threads (JDK 21+; the
#                          JDK is VT_JAVA_HOME, else Temurin 25 in /usr/lib/jvm, else JAVA_HOME;
#                          on an older JDK the file says the case was skipped)
#   heap.json              case 3's heap check (used heap after GC at page 10 and page 100)
#   coldstart.json         case 7, whole-process wall times (hyperfine, or a bash loop without it)
#   environment.properties the machine, JDK, date and load average
#   summary.md, ratios.svg the generated summary of SDK/raw ratios and its bar chart
#
# Usage: bash benchmarks/run.sh [--rounds N] [--cold-runs N] [--quick] [--reference]
#   --rounds N     JMH rounds (default 3); each round runs every SDK/raw pair once
#   --cold-runs N  runs of each cold-start program (default 10)
#   --quick        very short iterations: checks that everything runs, measures nothing
#   --reference    also writes BENCHMARKS.md at the repository root and
#                  benchmarks/results/reference-ratios.svg (run on a quiet machine)
# About 9 minutes on a 2-core machine with the defaults (build included). Uses `java` from
# JAVA_HOME or PATH (the reference JDK is 17), and a JDK 21+ for case 9 only.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=3
COLD_RUNS=10
QUICK=""
REFERENCE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --cold-runs) COLD_RUNS="$2"; shift 2 ;;
    --quick) QUICK="--quick"; COLD_RUNS=2; shift ;;
    --reference) REFERENCE=1; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
OUT=benchmarks/results
JAR=benchmarks/target/benchmarks.jar
mkdir -p "$OUT"
rm -f "$OUT/heap.json" "$OUT/coldstart.json" "$OUT/interleaved.json" "$OUT/virtual-threads.json" \
  "$OUT/summary.md" "$OUT/ratios.svg"
started=$(date +%s)

jvm_line=$("$JAVA" -XshowSettings:properties -version 2>&1 \
  | awk -F' = ' '/java.vm.name/{n=$2} /java.runtime.version/{v=$2} END{print n " " v}')
{
  echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || uname -m)"
  echo "cores=$(nproc)"
  echo "memory=$(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo 2>/dev/null || echo unknown)"
  echo "os=$(uname -sr)"
  echo "load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) (1, 5, 15 min)"
  echo "jvm=$jvm_line"
} > "$OUT/environment.properties"
cat "$OUT/environment.properties"

echo "== Building the benchmarks jar"
./mvnw -B -q -pl benchmarks -am package -DskipTests

echo "== Case 3: heap while auto-paging"
"$JAVA" -XX:+UseSerialGC -Xmx512m -cp "$JAR" io.github.wisecards.benchmarks.HeapFlatness "$OUT/heap.json"

echo "== Case 7: cold start ($COLD_RUNS runs each)"
url_file=$(mktemp)
rm -f "$url_file"
"$JAVA" -cp "$JAR" io.github.wisecards.benchmarks.coldstart.ColdStartServer "$url_file" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; rm -f "$url_file"' EXIT
for _ in $(seq 1 100); do
  [ -s "$url_file" ] && break
  sleep 0.1
done
[ -s "$url_file" ] || { echo "cold start server did not start" >&2; exit 1; }
url=$(cat "$url_file")
sdk_cmd=("$JAVA" -cp "$JAR" io.github.wisecards.benchmarks.coldstart.SdkColdStart "$url")
raw_cmd=("$JAVA" -cp "$JAR" io.github.wisecards.benchmarks.coldstart.RawColdStart "$url")
"${sdk_cmd[@]}" && "${raw_cmd[@]}" # fail early if either program fails
if command -v hyperfine > /dev/null 2>&1; then
  hyperfine -N --style basic --warmup 2 --runs "$COLD_RUNS" \
    --export-json "$OUT/coldstart.json" \
    -n sdk "${sdk_cmd[*]}" -n raw "${raw_cmd[*]}"
else
  echo "hyperfine not found: timing with date +%s%N, alternating SDK and raw"
  sdk_times=()
  raw_times=()
  for i in $(seq 1 $((COLD_RUNS + 1))); do
    for side in sdk raw; do
      t0=$(date +%s%N)
      if [ "$side" = sdk ]; then "${sdk_cmd[@]}"; else "${raw_cmd[@]}"; fi
      t1=$(date +%s%N)
      [ "$i" -eq 1 ] && continue # warm-up run: file cache
      secs=$(awk -v d=$((t1 - t0)) 'BEGIN{printf "%.6f", d / 1e9}')
      if [ "$side" = sdk ]; then sdk_times+=("$secs"); else raw_times+=("$secs"); fi
    done
  done
  join() { local IFS=,; echo "$*"; }
  printf '{"tool":"bash loop (date +%%s%%N)","results":[{"command":"sdk","times":[%s]},{"command":"raw","times":[%s]}]}\n' \
    "$(join "${sdk_times[@]}")" "$(join "${raw_times[@]}")" > "$OUT/coldstart.json"
fi
kill "$server_pid" 2>/dev/null || true
wait "$server_pid" 2>/dev/null || true

echo "== Cases 1-3 and 8 interleaved: SDK and raw batches alternating in one JVM"
"$JAVA" -Xms1g -Xmx1g -cp "$JAR" io.github.wisecards.benchmarks.InterleavedHttp "$OUT/interleaved.json" $QUICK

# Case 9 needs virtual threads: the first JDK 21+ of VT_JAVA_HOME, Temurin 25, JAVA_HOME/PATH.
vt_java="$JAVA"
for candidate in "${VT_JAVA_HOME:+$VT_JAVA_HOME/bin/java}" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "$JAVA"; do
  [ -n "$candidate" ] && command -v "$candidate" > /dev/null 2>&1 || continue
  feature=$("$candidate" -XshowSettings:properties -version 2>&1 \
    | awk -F' = ' '/java.specification.version/{print $2}')
  if [ "${feature%%.*}" -ge 21 ] 2> /dev/null; then
    vt_java="$candidate"
    break
  fi
done
echo "== Case 9: 10,000 concurrent retrieves on virtual threads ($vt_java; skipped before JDK 21)"
"$vt_java" -Xms1g -Xmx1g -cp "$JAR" io.github.wisecards.benchmarks.vthreads.VirtualThreadRetrieves \
  "$OUT/virtual-threads.json" $QUICK

echo "== Cases 1-6 and 8: JMH, $ROUNDS rounds (8: first round only)"
"$JAVA" -cp "$JAR" io.github.wisecards.benchmarks.SuiteRunner --rounds "$ROUNDS" --out "$OUT" $QUICK

if [ "$REFERENCE" -eq 1 ]; then
  "$JAVA" -cp "$JAR" io.github.wisecards.benchmarks.summary.SummaryGenerator "$OUT" benchmarks/results/reference-ratios.svg
  cp "$OUT/summary.md" BENCHMARKS.md
  cp "$OUT/ratios.svg" benchmarks/results/reference-ratios.svg
  "$JAVA" -cp "$JAR" io.github.wisecards.benchmarks.summary.SummaryGenerator "$OUT"
  echo "== Reference summary written to BENCHMARKS.md"
fi
echo "== Done in $(( $(date +%s) - started )) s: $OUT/summary.md, $OUT/ratios.svg"
