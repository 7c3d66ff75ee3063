#!/usr/bin/env bash
# FiscalTrail benchmark: ingest, rebuild and as-of latency, each next to the raw driver on the same
# server in the same run.
#   deploy/benchmark/run.sh [--quick] [--no-build]
#   --quick     small workload, as-of points 1,000 and 10,000 entries (< 5 min on 2 cores)
#   --no-build  measure deploy/target/fiscaltrail.jar as it is, even if sources changed since
#   --only=P,.. run only these phases of ingest,http,raw,asof,rebuild (raw needs ingest for its
#               ratio); results.json then has null for what was not measured. For diagnosis.
#   --points=N,.. as-of points (entries in the big year) instead of the mode's
#   --rounds=N  rounds of gateway ingest and raw inserts, interleaved, and of raw scan and rebuilds
#               (default 5); each of those figures is the median of its rounds
#   FISCALTRAIL_JAR=path  measure that jar instead (builds nothing)
#   BENCH_JAVA_OPTS=...   extra options for the benchmark JVM (a profiler, say)
# Builds the all-in-one jar when it is missing or older than any source, compiles the benchmark
# against the jar's own classpath (it is not part of the Maven build, so `./mvnw verify` never runs
# it), runs it on the embedded default and, when MONGODB_URI is set, once more on that server.
# Writes deploy/benchmark/target/results.json (embedded) and results-external.json (MONGODB_URI).
# A benchmark, not a test: timings never fail it.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="$here/target"
jar="${FISCALTRAIL_JAR:-$root/deploy/target/fiscaltrail.jar}"
cd "$root"

stale() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find . -path ./deploy/benchmark -prune -o -path '*/target' -prune -o \
          \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -type f -newer "$jar" -print -quit)" ]
}

# --no-build: measure the jar as it is (e.g. while others edit the tree); said in the output
build=yes
args=()
for a in "$@"; do
  if [ "$a" = "--no-build" ]; then build=no; else args+=("$a"); fi
done
set -- ${args[@]+"${args[@]}"}

if [ -n "${FISCALTRAIL_JAR:-}" ]; then
  [ -f "$jar" ] || { echo "[bench] FISCALTRAIL_JAR=$jar is missing" >&2; exit 2; }
  echo "[bench] FISCALTRAIL_JAR: measuring $jar (no build)"
elif [ "$build" = no ]; then
  [ -f "$jar" ] || { echo "[bench] --no-build, but $jar is missing" >&2; exit 2; }
  stale && echo "[bench] --no-build: measuring $jar as built at $(date -r "$jar" '+%F %T'), although sources changed since"
elif stale; then
  echo "[bench] building deploy/target/fiscaltrail.jar (./mvnw -q -DskipTests package)"
  ./mvnw -q -DskipTests package
fi

mkdir -p "$target"
app="$target/app"
stamp="$(stat -c '%n %Y %s' "$(readlink -f "$jar")")"
if [ "$(cat "$app/.extracted" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$app" && mkdir -p "$app"
  (cd "$app" && unzip -q "$jar")
  # the repackaged jar keeps the application's META-INF (spring.factories: the embedded default) at its root
  mkdir -p "$app/root-meta/META-INF"
  find "$app/META-INF" -maxdepth 1 -type f ! -name MANIFEST.MF -exec cp {} "$app/root-meta/META-INF/" \;
  echo "$stamp" > "$app/.extracted"
fi
cp="$app/root-meta:$app/BOOT-INF/classes:$app/BOOT-INF/lib/*"

classes="$target/classes"
src="$here/src/main/java"
if [ ! -d "$classes" ] || [ -n "$(find "$src" -name '*.java' -newer "$classes" -print -quit)" ] || [ "$app/.extracted" -nt "$classes" ]; then
  rm -rf "$classes" && mkdir -p "$classes"
  javac -nowarn -encoding UTF-8 --release 17 -cp "$cp" -d "$classes" $(find "$src" -name '*.java')
fi

java_opts=(-Xms512m -Xmx2g -XX:+UseG1GC -Dfile.encoding=UTF-8 -Daxoniq.update-checker.disabled=true)
# BENCH_JAVA_OPTS: extra JVM options, e.g. a profiler:
#   BENCH_JAVA_OPTS='-XX:StartFlightRecording=filename=deploy/benchmark/target/bench.jfr,settings=profile'
read -r -a extra_opts <<< "${BENCH_JAVA_OPTS:-}"
java_opts+=(${extra_opts[@]+"${extra_opts[@]}"})
main_class=io.fiscaltrail.benchmark.Benchmark

echo "[bench] machine: $(nproc) CPUs, $(free -m | awk '/Mem:/{print $2}') MB RAM, $(java -version 2>&1 | head -1)"
echo "[bench] load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"

env -u MONGODB_URI java "${java_opts[@]}" -cp "$classes:$cp" "$main_class" "$@" \
  --out="$target/results.json" --data-dir="$target/data"

if [ -n "${MONGODB_URI:-}" ]; then
  echo "[bench] MONGODB_URI is set: running once more on that server (a database of its own, dropped at the end)"
  java "${java_opts[@]}" -cp "$classes:$cp" "$main_class" "$@" --out="$target/results-external.json"
fi
