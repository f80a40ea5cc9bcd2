# Shared steps of ear/backup-check and ear/upgrade-check (sourced, not run): Payara Micro with the production
# WAR on embedded Derby, a Derby network server or PostgreSQL; SQL through Derby's ij or psql; the data the
# trials make (a society and its account inserted by SQL, as deploy-check does, then a draft and its
# submission through the REST API) and the summary of the rows that must come back after a restore or an
# upgrade. The caller sets: root (the project), work (its directory under ear/target), base (the port base),
# and defines log and fail.

micro_version=$(sed -n 's:.*<payara.micro.version>\(.*\)</payara.micro.version>.*:\1:p' "$root/pom.xml" | head -n 1)
derby_version=$(sed -n 's:.*<derby.version>\(.*\)</derby.version>.*:\1:p' "$root/pom.xml" | head -n 1)
micro=~/.m2/repository/fish/payara/extras/payara-micro/$micro_version/payara-micro-$micro_version.jar
http=$base dbport=$((base + 19)) derbyport=$((base + 18))
url=http://127.0.0.1:$http

m2jar() { printf '%s' ~/.m2/repository/${1//.//}/$2/$3/$2-$3.jar; }
need_jar() { # groupId artifactId version: fetched from Maven Central into the local repository if missing
  [ -f "$(m2jar "$1" "$2" "$3")" ] || mvn -B -q dependency:get -Dartifact="$1:$2:$3" -Dtransitive=false >/dev/null
}
[ -f "$micro" ] || mvn -B -q dependency:get -Dartifact="fish.payara.extras:payara-micro:$micro_version" -Dtransitive=false >/dev/null
for j in derby derbytools derbyshared derbyclient derbynet; do need_jar org.apache.derby "$j" "$derby_version"; done
derby_cp=$(for j in derby derbytools derbyshared derbyclient derbynet; do printf '%s:' "$(m2jar org.apache.derby "$j" "$derby_version")"; done)

# The 2021 plan year's submission window: the real clock moved back to 2021-05-20 10:00 in Nanjing (a test
# setting, docs/DEPLOY.md section 9). Computed once per run, so every start of the run shares it.
clock_offset=$(python3 -c "
import datetime as d
t = d.datetime(2021, 5, 20, 2, 0, tzinfo=d.timezone.utc)
print('PT%dS' % int((t - d.datetime.now(d.timezone.utc)).total_seconds()))")
office_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
society_password="data-check $(head -c 9 /dev/urandom | base64 | tr -d '/+=')"

micro_pid=""
# micro_start WAR LOG [-Dname=value ...]: the production WAR as DEPLOY.md section 10 starts it, one instance.
micro_start() {
  local war=$1 logf=$2; shift 2
  [ -f "$war" ] || fail "no WAR $war"
  printf '%s\n' "$office_password" > "$work/office-password"
  chmod 600 "$work/office-password"
  # Micro starts what its root directory recorded before --deploy's WAR (DEPLOY.md section 10): forget it.
  rm -rf "$work/micro-root/applications" "$work/micro-root/config" "$work/micro-root/generated"
  java -Xmx700m -XX:+UseSerialGC -Dfile.encoding=UTF-8 -Dderby.stream.error.file="$work/derby.log" \
    -Djast.clock.offset="$clock_offset" \
    -Djast.setup.office.user=office -Djast.setup.office.password-file="$work/office-password" \
    "$@" \
    -jar "$micro" --deploy "$war" --contextroot / --port "$http" --nocluster --disablephonehome \
    --prebootcommandfile "$root/web/src/main/payara-micro/pre-boot-commands.txt" --rootdir "$work/micro-root" \
    >"$logf" 2>&1 &
  micro_pid=$!
  micro_log=$logf
  local t0; t0=$(date +%s)
  for _ in $(seq 1 100); do
    kill -0 "$micro_pid" 2>/dev/null || { tail -n 60 "$logf"; micro_pid=""; fail "Payara Micro exited while starting ($logf)"; }
    if grep -a -q 'Payara Micro .* ready in' "$logf" \
       && [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url/api/v1/status")" = 200 ]; then
      micro_ready_s=$(($(date +%s) - t0))
      migrations=$(grep -a -o 'Database schema at version [0-9]* ([A-Z]*), [0-9]* migration(s) applied now[^"]*' "$logf" | head -n 1 | cut -c1-300)
      log "Payara Micro ready after $micro_ready_s s: $migrations"
      return 0
    fi
    sleep 3
  done
  tail -n 60 "$logf"
  fail "Payara Micro not ready after $(($(date +%s) - t0)) s"
}

micro_stop() {
  [ -n "$micro_pid" ] || return 0
  kill "$micro_pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$micro_pid" 2>/dev/null || break; sleep 1; done
  if kill -0 "$micro_pid" 2>/dev/null; then kill -9 "$micro_pid" 2>/dev/null || true; fi
  wait "$micro_pid" 2>/dev/null || true
  micro_pid=""
}

# ij JDBC-URL SCRIPT-TEXT: runs Derby's ij (the project's Derby version) on a script; prints its output.
ij() {
  printf "connect '%s';\n%s\nexit;\n" "$1" "$2" > "$work/ij.sql"
  java -Dij.exceptionTrace=false -Dderby.stream.error.file="$work/derby-ij.log" -cp "$derby_cp" \
    org.apache.derby.tools.ij "$work/ij.sql" 2>&1
}
# ij_ok: the same, failing on any ERROR in ij's answer.
ij_ok() {
  local out; out=$(ij "$@")
  if grep -q '^ERROR' <<<"$out"; then printf '%s\n' "$out" >&2; fail "ij: $(grep -m1 '^ERROR' <<<"$out")"; fi
  printf '%s\n' "$out"
}

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
psql_db() { # DATABASE psql-args...: as the owner role of .ci/postgres
  local d=$1; shift
  PGPASSWORD=jast-ci "$pg_bin/psql" -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$dbport" -U jast -d "$d" "$@"
}
psql_admin() { PGPASSWORD=postgres-ci "$pg_bin/psql" -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$dbport" -U postgres -d postgres "$@"; }

# The society of the trials and its SOCIETY account (only the columns of migration V1, so the SQL fits every
# schema version since). No page or REST call creates a society's account yet (DEPLOY.md section 4).
society_sql() {
  local hash
  hash=$(python3 -c "
import base64, hashlib, os, sys
salt = os.urandom(16)
h = hashlib.pbkdf2_hmac('sha256', sys.argv[1].encode(), salt, 600000, 32)
b = lambda x: base64.b64encode(x).decode().rstrip('=')
print('pbkdf2-sha256\$600000\$%s\$%s' % (b(salt), b(h)))" "$society_password")
  cat <<SQL
INSERT INTO society (code, name, profile, version) VALUES ('S-DATA', '江苏省数据检查学会',
  '{"code":"S-DATA","name":"江苏省数据检查学会","type":"PROVINCIAL_SOCIETY","affiliatedToJast":true,"capabilityEvaluations":[{"year":2020}],"annualInspections":[{"year":2020,"result":"PASSED"}],"integrityIncidents":[],"failedAssessments":[],"partyWorkingGroup":true,"independentPartyBranch":true,"staff":{"fullTime":4,"partTime":3},"professionalSecretariatStaff":true,"journals":[],"awards":[]}', 1);
INSERT INTO app_user (username, password_hash, society_code, failed_logins, created_at, version)
  VALUES ('s-data', '$hash', 'S-DATA', 0, '2021-05-01T00:00:00.000000000Z', 1);
INSERT INTO app_user_role (username, role_name) VALUES ('s-data', 'SOCIETY');
SQL
}

# make_data: the society drafts ear/smoke-application.json and submits it. Sets app_id and fingerprint.
make_data() {
  local out=$work/answer.json code
  code=$(curl -s -o "$out" -w '%{http_code}' -u "s-data:$society_password" -H 'Content-Type: application/json' \
    --data-binary @"$root/ear/smoke-application.json" "$url/api/v1/applications?year=2021")
  [ "$code" = 201 ] || { cat "$out"; fail "the society's draft answered $code"; }
  app_id=$(sed -n 's/.*"id" *: *"\([^"]*\)".*/\1/p' "$out" | head -n 1)
  code=$(curl -s -o "$out" -w '%{http_code}' -X POST -u "s-data:$society_password" "$url/api/v1/applications/$app_id/submit")
  [ "$code" = 200 ] || { cat "$out"; fail "the submission answered $code"; }
  fingerprint=$(grep -o '"fingerprint" *: *"[0-9a-f]*"' "$out" | head -n 1 | grep -o '[0-9a-f]\{64\}')
  [ -n "$fingerprint" ] || { cat "$out"; fail "the submission's answer holds no fingerprint"; }
  log "data: application $app_id drafted (201) and submitted (200), fingerprint ${fingerprint:0:16}…"
}

# read_back: the office and the society log in; the society reads its application back, SUBMITTED with the
# same fingerprint; the office's audit log answers.
read_back() {
  local out=$work/answer.json code
  code=$(curl -s -o "$out" -w '%{http_code}' -u "office:$office_password" "$url/api/v1/audit?limit=5")
  [ "$code" = 200 ] || { cat "$out"; fail "the office's login (audit log) answered $code"; }
  code=$(curl -s -o "$out" -w '%{http_code}' -u "s-data:$society_password" "$url/api/v1/applications/$app_id")
  [ "$code" = 200 ] || { cat "$out"; fail "reading application $app_id back answered $code"; }
  grep -q '"state" *: *"SUBMITTED"' "$out" || { cat "$out"; fail "application $app_id is not SUBMITTED"; }
  grep -q "$fingerprint" "$out" || { cat "$out"; fail "application $app_id no longer carries fingerprint $fingerprint"; }
  log "read back: office login 200; application $app_id SUBMITTED with fingerprint ${fingerprint:0:16}… (society's login 200)"
}

# summary_sql DIALECT [SEQ]: one line that must be the same before the backup and after the restore (or the
# upgrade). With SEQ (the audit log's last entry before): audit entries and the chain's entry up to it, and the
# applications created up to the trial's one, so that what the new version added since is left out.
summary_sql() {
  local n cap=${2:-(SELECT MAX(seq) FROM audit_log)}
  if [ "$1" = derby ]; then n() { printf "TRIM(CHAR((%s)))" "$1"; }; else n() { printf "CAST((%s) AS VARCHAR)" "$1"; }; fi
  printf "SELECT 'users=' || %s || ' societies=' || %s || ' applications=' || %s || ' submitted=' || %s || ' audit=' || %s || ' seq=' || %s || ' head=' || (SELECT SUBSTR(entry_hash, 1, 16) FROM audit_log WHERE seq = %s) || ' fp=' || (SELECT SUBSTR(fingerprint, 1, 16) FROM application WHERE id = '%s') || ' schema=' || %s FROM plan_year WHERE plan_year = 2021;" \
    "$(n 'SELECT COUNT(*) FROM app_user')" "$(n 'SELECT COUNT(*) FROM society')" \
    "$(n "SELECT COUNT(*) FROM application WHERE created_at <= (SELECT created_at FROM application WHERE id = '$app_id')")" \
    "$(n "SELECT COUNT(*) FROM application WHERE state = 'SUBMITTED'")" \
    "$(n "SELECT COUNT(*) FROM audit_log WHERE seq <= $cap")" "$(n "$cap")" "$cap" "$app_id" \
    "$(n 'SELECT MAX(version) FROM schema_version')"
}
summary_derby() { ij_ok "$1" "$(summary_sql derby "${2:-}")" | grep -o '^users=.*' | sed 's/ *$//'; }
summary_pg() { psql_db "$1" -c "$(summary_sql pg "${2:-}")"; }
