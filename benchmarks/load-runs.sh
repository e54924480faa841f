#!/bin/bash
# Several load-test runs against one server, as docs/performance.md reports them: a fresh server on a fresh data
# directory (the cached intent model kept), then N runs of the load tool one after the other, each followed by the
# server's CPU per thread group during that run and the size of its H2 file. Run 1 is on a fresh JVM; quote the
# median of the warm runs. Usage (after ./mvnw -q -Pbenchmarks package -DskipTests, which builds both jars):
#
#   benchmarks/load-runs.sh [runs=5] [out=/tmp/tandem-load-runs]
#
# Environment: JAR (the server jar, default adapters/target/tandem.jar), LOADTEST (the load generator, default
# benchmarks/target/loadtest.jar), DATA (data directory, default
# /tmp/tandem-load; emptied first except models/), IDLE (seconds to leave the server idle before the last run),
# PORT (default 8080), JAVA_OPTS (extra JVM options for the server).
set -eu
RUNS=${1:-5}
OUT=${2:-/tmp/tandem-load-runs}
JAR=${JAR:-adapters/target/tandem.jar}
LOADTEST=${LOADTEST:-benchmarks/target/loadtest.jar}
DATA=${DATA:-/tmp/tandem-load}
PORT=${PORT:-8080}
mkdir -p "$OUT" "$DATA"
find "$DATA" -mindepth 1 -maxdepth 1 ! -name models -exec rm -rf {} +

# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --tandem.data-dir="$DATA" --tandem.rate-limit.per-ip=false \
    > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
until curl -sf "localhost:$PORT/actuator/health" > /dev/null; do
    kill -0 $SERVER 2> /dev/null || { echo "the server did not start; see $OUT/server.log" >&2; exit 1; }
    sleep 0.5
done

# CPU milliseconds of the server's threads, summed by group (user + system time from /proc; costs nothing), and
# "(kernel)": the system time of all of them.
threads() {
    for task in /proc/$SERVER/task/*; do
        printf '%s|%s\n' "$(cat "$task/comm" 2> /dev/null)" "$(awk '{print ($14 + $15) * 1000 / 100 "|" $15 * 1000 / 100}' "$task/stat" 2> /dev/null)"
    done | awk -F'|' '{
        g = "other"
        if ($1 ~ /^C[12] /) g = "jit"; else if ($1 ~ /^G1|^GC/) g = "gc"; else if ($1 ~ /^tandem-db/) g = "db"
        else if ($1 ~ /^tandem-turn/) g = "writer"; else if ($1 ~ /^reactor-http/) g = "netty"
        else if ($1 ~ /^parallel/) g = "parallel"; else if ($1 ~ /^tandem-h2/) g = "h2-housekeeping"
        else if ($1 ~ /^boundedElastic/) g = "elastic"
        sum[g] += $2; sum["(kernel)"] += $3 } END { for (g in sum) printf "%s %d\n", g, sum[g] }' | sort
}

for run in $(seq 1 "$RUNS"); do
    if [ -n "${IDLE:-}" ] && [ "$run" -eq "$RUNS" ]; then
        sleep "$IDLE"
    fi
    threads > "$OUT/threads-before"
    { uptime
      java -jar "$LOADTEST" --url "http://127.0.0.1:$PORT" --conversations 200 --messages 20 \
          --rounds 10 --duration 30s --warmup 30s --server-pid $SERVER 2> "$OUT/run$run.err"
      uptime
      threads > "$OUT/threads-after"
      echo "server CPU ms by thread group: $(join "$OUT/threads-before" "$OUT/threads-after" \
          | awk '{printf "%s=%d ", $1, $3 - $2}')"
      echo "H2 file bytes: $(stat -c %s "$DATA/tandem.mv.db")"
    } > "$OUT/run$run.txt"
    grep -E '^bot turns|^trivial|^server CPU|^H2 file' "$OUT/run$run.txt" | sed "s/^/run $run: /"
done
