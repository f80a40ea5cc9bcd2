# Shared by the scripts of load/ (sourced): Payara Micro started and stopped by process id, the load WAR
# (the shipped WAR plus the test-only probe packages), waits and measurements. Ports: JAST_LOAD_PORT_BASE (38000)
# and up, 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
work=$root/load/target
mkdir -p "$work"
port_base=${JAST_LOAD_PORT_BASE:-38000}
micro_version=$(sed -n 's:.*<payara.micro.version>\(.*\)</payara.micro.version>.*:\1:p' pom.xml | head -n 1)
micro=~/.m2/repository/fish/payara/extras/payara-micro/$micro_version/payara-micro-$micro_version.jar
war=$root/web/target/jast-plan.war
load_war=$work/jast-plan-load.war
derby_version=$(sed -n 's:.*<derby.version>\(.*\)</derby.version>.*:\1:p' pom.xml | head -n 1)
m2jar() { printf '%s' ~/.m2/repository/${1//.//}/$2/$3/$2-$3.jar; }

log() { printf '[%s %s] %s\n' "$(basename "$0")" "$(date -u +%H:%M:%S)" "$*"; }
fail() { log "FAILED: $*"; exit 1; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

declare -A pid=()
stop_all() {
  for n in "${!pid[@]}"; do
    if kill -0 "${pid[$n]}" 2>/dev/null; then
      kill "${pid[$n]}" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "${pid[$n]}" 2>/dev/null || break; sleep 1; done
      kill -9 "${pid[$n]}" 2>/dev/null || true
    fi
    unset "pid[$n]"
  done
}
trap stop_all EXIT

build_wars() { # builds the modules together (never one alone: ~/.m2 is shared), then the load WAR
  if [ "${JAST_LOAD_BUILD:-1}" = 1 ]; then
    log "building domain, persistence, web (tests compiled, not run)"
    mvn -B -q -o -pl domain,persistence,web -DskipTests package || mvn -B -q -pl domain,persistence,web -DskipTests package
  fi
  [ -f "$war" ] || fail "no $war"
  make_load_war
}

# The load WAR: the shipped WAR with the test-only probe packages (fixtures, the trivial JAX-RS endpoint) and the
# trivial PrimeFaces page, as the web ITs deploy them (Deployments.applicationWithProbes); never shipped.
make_load_war() {
  local t=$work/load-war
  rm -rf "$t" && mkdir -p "$t/WEB-INF/classes/cn/jast/plan/web/pages"
  cp -r "$root/web/target/test-classes/cn/jast/plan/web/probe" "$t/WEB-INF/classes/cn/jast/plan/web/"
  cp -r "$root/web/target/test-classes/cn/jast/plan/web/pages/probe" "$t/WEB-INF/classes/cn/jast/plan/web/pages/"
  # PageSettings is a ConfigSource only registered by the page ITs; left out here
  rm -f "$t/WEB-INF/classes/cn/jast/plan/web/pages/probe/PageSettings.class"
  cp "$root/web/src/test/resources/pages-probe/probe-ajax.xhtml" "$t/"
  cp "$war" "$load_war"
  (cd "$t" && jar uf "$load_war" .)
}

# An empty WAR for the bare baseline: one static page, no classes.
make_empty_war() {
  local t=$work/empty-war
  rm -rf "$t" && mkdir -p "$t/WEB-INF"
  printf '<!DOCTYPE html><title>empty</title><p>empty</p>\n' > "$t/index.html"
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>\n' > "$t/WEB-INF/web.xml"
  rm -f "$work/empty.war"
  (cd "$t" && jar cf "$work/empty.war" .)
}

# start_micro NAME PORT WAR [java options...]: Payara Micro with the project's pre-boot commands, the WAR at /,
# a fresh root directory each time (the same for every variant), its log in load/target/NAME.log. A clustered
# instance sets MICRO_CLUSTER (Micro's cluster options in place of --nocluster) and MICRO_PREBOOT (a pre-boot file
# that leaves Hazelcast and session replication on, as cluster/cluster-check makes it).
start_micro() {
  local name=$1 port=$2 w=$3; shift 3
  local cluster=(--nocluster)
  [ -n "${MICRO_CLUSTER:-}" ] && read -r -a cluster <<< "$MICRO_CLUSTER"
  rm -rf "$work/$name-root"
  T0_NS=$(date +%s%N)
  java -Xmx700m -XX:+UseSerialGC -Dfile.encoding=UTF-8 "$@" \
    -jar "$micro" --deploy "$w" --contextroot / --port "$port" "${cluster[@]}" --interfaces 127.0.0.1 \
    --disablephonehome --prebootcommandfile "${MICRO_PREBOOT:-$root/web/src/main/payara-micro/pre-boot-commands.txt}" \
    --rootdir "$work/$name-root" >"$work/$name.log" 2>&1 &
  pid[$name]=$!
}

# wait_answer NAME URL [limit s]: polls every 50 ms until URL answers 200; prints the seconds since start_micro
wait_answer() {
  local name=$1 url=$2 limit=${3:-180} t
  local deadline=$(( $(date +%s) + limit ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    kill -0 "${pid[$name]}" 2>/dev/null || { tail -n 40 "$work/$name.log"; fail "$name exited while starting"; }
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url")" = 200 ]; then
      t=$(date +%s%N)
      awk -v a="$T0_NS" -v b="$t" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'
      return 0
    fi
    sleep 0.05
  done
  tail -n 40 "$work/$name.log"
  fail "$name: $url not 200 after $limit s"
}

rss_mib() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/${pid[$1]}/status"; }

stop_one() { # NAME [signal]
  local n=$1 sig=${2:-TERM}
  kill -"$sig" "${pid[$n]}" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "${pid[$n]}" 2>/dev/null || break; sleep 1; done
  kill -9 "${pid[$n]}" 2>/dev/null || true
  wait "${pid[$n]}" 2>/dev/null || true
  unset "pid[$n]"
}
