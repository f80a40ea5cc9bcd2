#!/usr/bin/env bash
# The security probes of issue #8, with curl, against the README's first command (the demo on
# http://localhost:8080/, its demo users and password). Each line prints PASS or FAIL with what was
# answered; the exit status is the number of FAILs. It changes the demo's data (drafts of S-0011,
# a society's attempt to book funds) and slows down two user names from this address for a while:
# run it on a demo database, not on real data.
#
#   bash docs/probes/security.sh [base-url]
set -uo pipefail
B=${1:-http://localhost:8080}
P=${JAST_DEMO_PASSWORD:-demo-2021}
J='Content-Type: application/json'
fails=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check() { # name, expected, actual
  if [ "$2" = "$3" ]; then echo "PASS  $1: $3"; else echo "FAIL  $1: expected $2, got $3"; fails=$((fails + 1)); fi
}
has() { # name, needle, haystack
  if printf '%s' "$3" | grep -qiF -- "$2"; then echo "PASS  $1: has $2"; else echo "FAIL  $1: no $2 in: $(printf '%s' "$3" | head -c 300)"; fails=$((fails + 1)); fi
}
hasnt() {
  if printf '%s' "$3" | grep -qiF -- "$2"; then echo "FAIL  $1: has $2"; fails=$((fails + 1)); else echo "PASS  $1: no $2"; fi
}
code() { curl -s -o "$tmp/body" -w '%{http_code}' "$@"; }

echo "# 1. facts only the office records"
profile=$(curl -s -u "s0005:$P" "$B/api/v1/societies/S-0005" | python3 -c '
import json, sys
p = json.load(sys.stdin)["profile"]; p["integrityIncidents"] = []; print(json.dumps(p, ensure_ascii=False))')
check "a society clears its integrity record" 403 "$(code -u "s0005:$P" -H "$J" -X PUT "$B/api/v1/societies/S-0005/profile" -d "$profile")"
has "  ... naming the field" integrityIncidents "$(cat "$tmp/body")"

echo "# 2. sessions for pages, none for REST"
h=$(curl -s -D - -o /dev/null "$B/society/dashboard.xhtml")
has "a page without a session goes to the login" "login" "$h"
hasnt "REST sets no session cookie" "Set-Cookie" "$(curl -s -D - -o /dev/null -u "s0005:$P" "$B/api/v1/applications")"
cookie=$(grep -i '^set-cookie' <<<"$(curl -s -D - -o /dev/null "$B/")" | head -1)
has "the session cookie is HttpOnly" HttpOnly "$cookie"
has "the session cookie is SameSite=Lax" "SameSite=Lax" "$cookie"

echo "# 3. CSRF"
check "text/plain to REST" 415 "$(code -u "s0005:$P" -H 'Content-Type: text/plain' -X POST "$B/api/v1/applications?year=2021" -d '{"category":"MEMBERS_HOME"}')"
check "a cross-site request with credentials" 403 "$(code -u "s0005:$P" -H "$J" -H 'Origin: http://evil.example' -H 'Sec-Fetch-Site: cross-site' -X POST "$B/api/v1/applications?year=2021" -d '{"category":"MEMBERS_HOME"}')"

echo "# 4. lengths and counts"
python3 -c 'import json; print(json.dumps({"category": "MEMBERS_HOME", "title": "长" * 100000}))' >"$tmp/big.json"
check "a 100,000-character title" 400 "$(code -u "s0011:$P" -H "$J" -X POST "$B/api/v1/applications?year=2021" --data-binary @"$tmp/big.json")"
has "  ... naming it" '"field":"title"' "$(cat "$tmp/body")"
check "a control character in a title" 400 "$(code -u "s0011:$P" -H "$J" -X POST "$B/api/v1/applications?year=2021" -d '{"category":"MEMBERS_HOME","title":"a\u0007b"}')"
check "a missing title is submitted" 422 "$(id=$(curl -s -u "s0011:$P" -H "$J" -X POST "$B/api/v1/applications?year=2021" -d '{"category":"MEMBERS_HOME"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'); code -u "s0011:$P" -H "$J" -X POST "$B/api/v1/applications/$id/submit" -d '{}')"
has "  ... naming it among the missing fields" '"field":"title"' "$(cat "$tmp/body")"
last=201; n=0
while [ "$last" = 201 ] && [ $n -lt 40 ]; do
  last=$(code -u "s0011:$P" -H "$J" -X POST "$B/api/v1/applications?year=2021" -d "{\"category\":\"MEMBERS_HOME\",\"title\":\"草稿 $n\"}"); n=$((n + 1))
done
check "drafts beyond jast.drafts.max-per-society" 409 "$last"

echo "# 5. uploads"
app=$(curl -s -u "s0011:$P" "$B/api/v1/applications?year=2021&state=DRAFT" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
check "an oversized attachment sent chunked" 413 "$(head -c 25000000 /dev/zero | code -u "s0011:$P" -H 'Content-Type: application/pdf' -H 'Transfer-Encoding: chunked' -X POST "$B/api/v1/applications/$app/attachments?kind=WORK_PLAN&name=big.pdf" --data-binary @-)"

echo "# 6. login throttle"
for u in s0012 nobody-here; do
  for i in 1 2 3 4; do c=$(code -u "$u:wrong" "$B/api/v1/applications"); done
  check "the 4th wrong password of $u" 429 "$c"
done
check "the office from this address is not locked by s0012's guesses" 200 "$(code -u "office:$P" "$B/api/v1/applications?year=2021")"

echo "# 7. headers and surfaces"
h=$(curl -s -D - -o /dev/null -u "s0005:$P" "$B/api/v1/applications")
has "nosniff" "X-Content-Type-Options: nosniff" "$h"
has "private data not stored" "Cache-Control: no-store" "$h"
has "Referrer-Policy" "Referrer-Policy" "$h"
hasnt "no version banner" "X-Powered-By" "$h"
has "a page's Content-Security-Policy" "Content-Security-Policy" "$(curl -s -D - -o /dev/null "$B/")"
hasnt "OPTIONS answers no WADL" "wadl" "$(curl -s -X OPTIONS "$B/api/v1/applications")"
check "/metrics" 404 "$(code "$B/metrics")"
if ss -ltn | grep -q ':6900 '; then check "Hazelcast listens on 6900" none listening; else check "Hazelcast listens on 6900" none none; fi

echo "# 8. money"
funded=$(curl -s -u "office:$P" "$B/api/v1/applications?state=FUNDED" | python3 -c 'import json,sys; a=json.load(sys.stdin); print(a[0]["id"], a[0]["society"]) if a else print("")')
if [ -n "$funded" ]; then
  set -- $funded; user=$(tr 'A-Z' 'a-z' <<<"${2//-/}")
  check "a society books funds received" 403 "$(code -u "$user:$P" -H "$J" -X POST "$B/api/v1/applications/$1/ledger" -d '{"kind":"FUNDS_RECEIVED","item":"拨款","amount":1000,"bookedOn":"2022-03-01"}')"
  has "  ... naming kind" '"kind"' "$(cat "$tmp/body")"
else
  check "a funded demo project" present missing
fi

echo "# 9. answers that name the field"
check "?year=abc" 400 "$(code -u "s0005:$P" "$B/api/v1/applications?year=abc")"
has "  ... naming it" year "$(cat "$tmp/body")"
hasnt "the 401 speaks of no JWT" jwt "$(curl -s "$B/api/v1/applications")"
has "the 429 status line" "429 Too Many Requests" "$(curl -s -D - -o /dev/null -u "nobody-here:wrong" "$B/api/v1/applications" | head -1)"

echo "# $fails failed"
exit "$fails"
