#!/usr/bin/env bash
# Scale-out on one machine, without Docker: one MongoDB process (the durable embedded server alone),
# two command-side and two query-side processes on it. Commands go round-robin to both command
# instances, in pairs that hit the same department-year from both at once; one query instance is
# killed (kill -9) half way; then the script waits until everything is projected and measures it.
#   deploy/scale-test.sh [--no-build]
#   ROUNDS=n (default 24) pairs of appropriations per department; DEPARTMENTS=n (default 6)
# The last line is JSON: {"command_instances","query_instances","commands_acknowledged",
# "events_stored","events_projected_once","duplicates","lost","failover"}. Exit 0 only when every
# acknowledged event is stored once and projected once by every projection that takes it, each year's
# read-model total equals its acknowledged appropriations, and the survivor took over the segments.
# How it is measured: docs/scaling.md. Logs and data: deploy/target/scale-test/.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
work="$root/deploy/target/scale-test"
rounds="${ROUNDS:-24}"
departments="${DEPARTMENTS:-6}"
amount="100.00"
year=2024

# Credentials, in this one place: the admin account (Basic) for every request, and its password in
# the environment of the services (ignored by a build without security).
admin_password="${FISCALTRAIL_ADMIN_PASSWORD:-scale-test-admin}"
auth="admin:$admin_password"
export FISCALTRAIL_ADMIN_PASSWORD="$admin_password"

say() { echo "[scale] $*"; }

if [ "${1:-}" != "--no-build" ]; then
  say "building (./mvnw -q -DskipTests package)"
  ./mvnw -q -DskipTests package
fi
all_in_one="$root/deploy/target/fiscaltrail.jar"
command_jar="$(ls "$root"/command-side/target/command-side-*-exec.jar)"
query_jar="$(ls "$root"/query-side/target/query-side-*-exec.jar)"

rm -rf "$work" && mkdir -p "$work/logs" "$work/answers" "$work/lib" "$work/classes"

# The checker reads the store with the driver the query side ships (its exec jar's libraries).
(cd "$work/lib" && unzip -qj "$query_jar" 'BOOT-INF/lib/mongodb-*' 'BOOT-INF/lib/bson-*' 'BOOT-INF/lib/jackson-*')
javac -nowarn -d "$work/classes" -cp "$work/lib/*" "$root/deploy/scale-test/ScaleCheck.java"
echo ".level=SEVERE" >"$work/quiet-logging.properties" # the driver warns when it finds no SLF4J
check() { java -Djava.util.logging.config.file="$work/quiet-logging.properties" -cp "$work/classes:$work/lib/*" ScaleCheck "$@"; }

pids=()
# a scratch store: nothing to shut down gracefully
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

java_opts=(-Xmx320m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8)

mongo_port="$(free_port)"
java "${java_opts[@]}" -jar "$all_in_one" mongo --port="$mongo_port" --data-dir="$work/data" >"$work/logs/mongo.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do grep -q "MongoDB at" "$work/logs/mongo.log" && break; sleep 0.2; done
grep -q "MongoDB at" "$work/logs/mongo.log" || { cat "$work/logs/mongo.log"; exit 1; }
uri="mongodb://127.0.0.1:$mongo_port/fiscaltrail"
say "$(cat "$work/logs/mongo.log")"

start() { # name jar port extra-args...
  local name="$1" jar="$2" port="$3"
  shift 3
  MONGODB_URI="$uri" java "${java_opts[@]}" -jar "$jar" --server.port="$port" "$@" >"$work/logs/$name.log" 2>&1 &
  pids+=($!)
  echo $! >"$work/$name.pid"
  disown $! # killed on purpose later: no job notice from the shell
}
c_ports=("$(free_port)" "$(free_port)")
q_ports=("$(free_port)" "$(free_port)")
start command-1 "$command_jar" "${c_ports[0]}"
start command-2 "$command_jar" "${c_ports[1]}"
start query-1 "$query_jar" "${q_ports[0]}" --fiscaltrail.query.diagnostics.count-deliveries=true
start query-2 "$query_jar" "${q_ports[1]}" --fiscaltrail.query.diagnostics.count-deliveries=true
q1_pid="$(cat "$work/query-1.pid")"
q2_pid="$(cat "$work/query-2.pid")"

started=$SECONDS
for port in "${c_ports[@]}" "${q_ports[@]}"; do
  until curl -sf -u "$auth" "http://127.0.0.1:$port/actuator/health" >/dev/null; do
    if ((SECONDS - started > 240)); then tail -n 30 "$work"/logs/*.log; say "an instance did not come up"; exit 1; fi
    sleep 1
  done
done
say "2 command-side (ports ${c_ports[*]}) and 2 query-side (ports ${q_ports[*]}, pids $q1_pid $q2_pid) up in $((SECONDS - started)) s"

post() { # instance-index path body answer-file
  local port="${c_ports[$1]}" status
  status="$(curl -s -u "$auth" -o "$4" -w '%{http_code}' -XPOST "http://127.0.0.1:$port$2" \
    -H 'Content-Type: application/json' -d "$3")"
  echo "$status" >"$4.status"
}

for d in $(seq "$departments"); do
  code="$(printf 'scale-%02d' "$d")"
  post $((d % 2)) /api/departments "{\"code\":\"$code\",\"name\":\"扩展测试单位$d\",\"authorizedHeadcount\":5,\"actualHeadcount\":5,\"divisions\":[\"办公室\"]}" \
    "$work/answers/register-$code.json"
done

# Both query instances must hold segments before the kill, or the failover proves nothing.
check sharing "$uri" "$q1_pid" "$q2_pid" 60 || { say "the query instances did not share the segments"; exit 1; }
killed_owned=true

appropriation() { # round
  printf '{"kind":"SUPPLEMENTARY","amount":"%s","effectiveDate":"%s-06-%02d","document":"扩预〔%s〕%d号","reason":"scale test round %d"}' \
    "$amount" "$year" $(( ($1 % 28) + 1 )) "$year" "$1" "$1"
}

say "sending $((rounds * departments * 2)) appropriations: per round and department, one to each command instance at once"
took_over=false
for r in $(seq "$rounds"); do
  if ((r == rounds / 2 + 1)); then
    say "kill -9 query-2 (pid $q2_pid) after round $((r - 1))"
    killed_at="$(date +%s%3N)"
    kill -9 "$q2_pid"
    check takeover "$uri" "$q1_pid" "$killed_at" 120 >"$work/takeover.txt" 2>&1 &
    takeover_check=$!
  fi
  senders=()
  for d in $(seq "$departments"); do
    code="$(printf 'scale-%02d' "$d")"
    path="/api/departments/$code/years/$year/appropriations"
    post 0 "$path" "$(appropriation "$r")" "$work/answers/$code-$r-a.json" &
    senders+=($!)
    post 1 "$path" "$(appropriation "$r")" "$work/answers/$code-$r-b.json" &
    senders+=($!)
  done
  wait "${senders[@]}"
done

acked="$work/acked.ndjson"
: >"$acked"
refused=0
for status_file in "$work"/answers/*.status; do
  if [[ "$(cat "$status_file")" == 2* ]]; then
    tr -d '\n' <"${status_file%.status}" >>"$acked"
    echo >>"$acked"
  else
    refused=$((refused + 1))
    say "not acknowledged ($(cat "$status_file")): $(basename "${status_file%.status}") $(head -c 300 "${status_file%.status}")"
  fi
done
say "$(grep -c . "$acked") commands acknowledged, $refused not"
conflicts="$(grep -ho 'ConcurrencyException\|retrying\|Retrying' "$work"/logs/command-*.log | wc -l)"
say "command-side log lines about concurrency conflicts and retries: $conflicts"

if wait "$takeover_check"; then took_over=true; fi
say "survivor (pid $q1_pid) owns every segment $(cut -d' ' -f2 "$work/takeover.txt") s after the kill ($(cut -d' ' -f1 "$work/takeover.txt"))"

check report "$uri" "$acked" "$q1_pid" "http://127.0.0.1:${q_ports[0]}" "$auth" "$amount" 120 \
  2 2 "$killed_owned" "$took_over"
