#!/usr/bin/env bash
# A real Tandem cluster on one machine, all on loopback: Debian's PostgreSQL (a private cluster in its own
# directory, no system service), two Tandem nodes from adapters/target/tandem.jar with the postgres profile,
# and Debian's nginx as the load balancer (scripts/cluster/nginx.conf).
#
#   scripts/cluster.sh start | stop | status | restart-db
#
# Build the jar first (./mvnw -q package -DskipTests). Missing Debian packages (postgresql, nginx) are installed
# with apt. Settings, by environment:
#   TANDEM_CLUSTER_DIR   where everything lives: database, node data dirs, logs (default /tmp/tandem-cluster)
#   LB_PORT NODE1_PORT NODE2_PORT PG_PORT   ports on 127.0.0.1 (default 8080 8081 8082 5433)
#   TANDEM_NODE_ARGS     more arguments for both nodes (default: one account marta/marta-pass, roles AGENT,ADMIN)
#   JAVA_OPTS            JVM options of the nodes (default -Xmx512m)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="${TANDEM_CLUSTER_DIR:-/tmp/tandem-cluster}"
LB_PORT="${LB_PORT:-8080}"
NODE1_PORT="${NODE1_PORT:-8081}"
NODE2_PORT="${NODE2_PORT:-8082}"
PG_PORT="${PG_PORT:-5433}"
JAR="${TANDEM_JAR:-$ROOT/adapters/target/tandem.jar}"
JAVA_OPTS="${JAVA_OPTS:--Xmx512m}"
DEFAULT_NODE_ARGS='--tandem.users[0].name=marta --tandem.users[0].password={noop}marta-pass --tandem.users[0].roles=AGENT,ADMIN'
TANDEM_NODE_ARGS="${TANDEM_NODE_ARGS:-$DEFAULT_NODE_ARGS}"
START_PATIENCE="${START_PATIENCE:-300}"

say() { echo "cluster: $*"; }
die() { echo "cluster: $*" >&2; exit 1; }

# initdb and postgres refuse to run as root: as root they run as the postgres user.
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

install_missing() {
  local packages=()
  [ -n "$(pg_bin)" ] || packages+=(postgresql)
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || packages+=(nginx)
  if [ ${#packages[@]} -gt 0 ]; then
    say "installing ${packages[*]} with apt"
    export DEBIAN_FRONTEND=noninteractive
    local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
  fi
}

running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

await_http() { # url name pid-file log
  local deadline=$((SECONDS + START_PATIENCE))
  until curl -fs -o /dev/null --max-time 2 "$1"; do
    if [ -n "${3:-}" ] && ! running "$3"; then die "$2 exited; see $4"; fi
    [ $SECONDS -lt $deadline ] || die "$2 not up within ${START_PATIENCE} s; see $4"
    sleep 0.5
  done
}

start_postgres() {
  local bin; bin="$(pg_bin)"
  mkdir -p "$DIR/pg-run"
  if [ ! -f "$DIR/pg/PG_VERSION" ]; then
    mkdir -p "$DIR/pg"
    [ "$(id -u)" = 0 ] && chown postgres "$DIR/pg" "$DIR/pg-run"
    as_postgres "$bin/initdb" -D "$DIR/pg" -U postgres -A trust --no-sync >/dev/null
  fi
  if as_postgres "$bin/pg_ctl" -D "$DIR/pg" status >/dev/null 2>&1; then
    say "PostgreSQL already running on 127.0.0.1:$PG_PORT"
  else
    as_postgres "$bin/pg_ctl" -D "$DIR/pg" -l "$DIR/pg-run/postgres.log" -w -t 60 \
        -o "-p $PG_PORT -k $DIR/pg-run -c listen_addresses=127.0.0.1" start >/dev/null
    say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($DIR/pg)"
  fi
  if [ "$("$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='tandem'")" != 1 ]; then
    "$bin/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "CREATE DATABASE tandem" >/dev/null
  fi
}

launch_node() { # number port
  local name="node$1" port="$2"
  if running "$DIR/$name.pid"; then say "$name already running"; return; fi
  mkdir -p "$DIR/$name"
  # shellcheck disable=SC2086 # JAVA_OPTS and TANDEM_NODE_ARGS are word lists
  TZ=UTC nohup java $JAVA_OPTS -jar "$JAR" \
      --spring.profiles.active=postgres \
      --spring.r2dbc.url="r2dbc:postgresql://127.0.0.1:$PG_PORT/tandem" \
      --spring.flyway.url="jdbc:postgresql://127.0.0.1:$PG_PORT/tandem" \
      --spring.r2dbc.username=postgres --spring.r2dbc.password= \
      --server.address=127.0.0.1 --server.port="$port" --tandem.data-dir="$DIR/$name" \
      $TANDEM_NODE_ARGS >"$DIR/$name.log" 2>&1 &
  echo $! >"$DIR/$name.pid"
}

await_node() { # number port
  local name="node$1" port="$2"
  await_http "http://127.0.0.1:$port/actuator/health" "$name" "$DIR/$name.pid" "$DIR/$name.log"
  say "$name on 127.0.0.1:$port (log $DIR/$name.log)"
}

start_nginx() {
  mkdir -p "$DIR/nginx"
  sed -e "s|@DIR@|$DIR|g" -e "s|@LB_PORT@|$LB_PORT|g" -e "s|@NODE1_PORT@|$NODE1_PORT|g" \
      -e "s|@NODE2_PORT@|$NODE2_PORT|g" "$ROOT/scripts/cluster/nginx.conf" >"$DIR/nginx/nginx.conf"
  if running "$DIR/nginx/nginx.pid"; then
    nginx -q -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" -s reload
  else
    nginx -q -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf"
  fi
  await_http "http://127.0.0.1:$LB_PORT/actuator/health" nginx "" "$DIR/nginx/error.log"
  say "nginx on http://127.0.0.1:$LB_PORT/ (config $DIR/nginx/nginx.conf)"
}

start() {
  [ -f "$JAR" ] || die "no $JAR: build it first (./mvnw -q package -DskipTests)"
  install_missing
  export PATH="$PATH:/usr/sbin"
  mkdir -p "$DIR"
  start_postgres
  # Each node trains the intent model on first start and keeps it under its data dir: the first node trains
  # alone, the second starts from a copy. With a model at hand both start at once.
  launch_node 1 "$NODE1_PORT"
  if ls "$DIR"/node1/models/*.bin >/dev/null 2>&1; then
    launch_node 2 "$NODE2_PORT"
    await_node 1 "$NODE1_PORT"
  else
    await_node 1 "$NODE1_PORT"
    [ -d "$DIR/node2/models" ] || { mkdir -p "$DIR/node2" && cp -r "$DIR/node1/models" "$DIR/node2/models"; }
    launch_node 2 "$NODE2_PORT"
  fi
  await_node 2 "$NODE2_PORT"
  start_nginx
  say "up: shoppers at http://127.0.0.1:$LB_PORT/, console at http://127.0.0.1:$LB_PORT/console"
}

stop() {
  export PATH="$PATH:/usr/sbin"
  if running "$DIR/nginx/nginx.pid"; then
    nginx -q -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" -s quit 2>/dev/null && say "nginx stopped"
  fi
  for name in node1 node2; do
    if running "$DIR/$name.pid"; then
      local pid; pid="$(cat "$DIR/$name.pid")"
      kill "$pid"
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
      say "$name stopped"
    fi
    rm -f "$DIR/$name.pid"
  done
  local bin; bin="$(pg_bin)"
  if [ -n "$bin" ] && [ -f "$DIR/pg/PG_VERSION" ] && as_postgres "$bin/pg_ctl" -D "$DIR/pg" status >/dev/null 2>&1; then
    as_postgres "$bin/pg_ctl" -D "$DIR/pg" -m fast -w stop >/dev/null && say "PostgreSQL stopped"
  fi
}

status() {
  local bin; bin="$(pg_bin)"
  if [ -n "$bin" ] && [ -f "$DIR/pg/PG_VERSION" ] && as_postgres "$bin/pg_ctl" -D "$DIR/pg" status >/dev/null 2>&1; then
    say "PostgreSQL up on 127.0.0.1:$PG_PORT"
  else
    say "PostgreSQL down"
  fi
  for pair in "node1:$NODE1_PORT" "node2:$NODE2_PORT" "nginx:$LB_PORT"; do
    local name="${pair%%:*}" port="${pair##*:}"
    if curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/actuator/health"; then
      say "$name up on 127.0.0.1:$port"
    else
      say "$name down"
    fi
  done
}

# PostgreSQL stopped and started again under the running nodes (a database fail-over or restart).
restart_db() {
  local bin; bin="$(pg_bin)"
  as_postgres "$bin/pg_ctl" -D "$DIR/pg" -l "$DIR/pg-run/postgres.log" -m fast -w -t 60 \
      -o "-p $PG_PORT -k $DIR/pg-run -c listen_addresses=127.0.0.1" restart >/dev/null
  say "PostgreSQL restarted"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  restart-db) restart_db ;;
  *) echo "usage: $0 start|stop|status|restart-db" >&2; exit 2 ;;
esac
