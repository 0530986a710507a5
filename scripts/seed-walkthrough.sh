#!/usr/bin/env bash
# Builds the WSGIRestrictProcess.rst scenario through the REST API only, then acts as bob: maps his
# scripts in his .htaccess, is refused a group outside his restriction list, asks where a URL runs, and
# prints the rendered Apache configuration. Needs bash, curl and node (for JSON; no jq).
#
#   API_URL=http://127.0.0.1:3000 ADMIN_USER=admin ADMIN_PASSWORD=... scripts/seed-walkthrough.sh
#
# Run it against an API whose database does not hold this scenario yet (names are unique: a second run
# stops at the first 409). SERVER_NAME (default web1) names the server it creates.
set -euo pipefail

API_URL=${API_URL:-http://127.0.0.1:3000}
ADMIN_USER=${ADMIN_USER:-admin}
: "${ADMIN_PASSWORD:?set ADMIN_PASSWORD (the first admin password: see the API log or BOOTSTRAP_ADMIN_PASSWORD)}"
SERVER_NAME=${SERVER_NAME:-web1}
API="${API_URL%/}/api/v1"
SHOW=${SHOW:-600} # characters of each answer to print

STATUS=''
BODY=''

# json '<expression over o>' — evaluates a JS expression over the last answer's JSON body.
json() {
  node -e 'const o = JSON.parse(process.argv[1]); const v = eval(process.argv[2]);
    process.stdout.write(typeof v === "string" ? v : JSON.stringify(v));' "$BODY" "$1"
}

# call <expected status> <token|-> <METHOD> <path> [body] [content-type] [extra header]
call() {
  local expected=$1 token=$2 method=$3 path=$4 body=${5:-} type=${6:-application/json} extra=${7:-}
  local args=(-sS -X "$method" -o /tmp/seed-walkthrough.$$ -w '%{http_code}' "$API$path")
  [[ $token != - ]] && args+=(-H "authorization: Bearer $token")
  [[ -n $extra ]] && args+=(-H "$extra")
  [[ -n $body ]] && args+=(-H "content-type: $type" --data-binary "$body")
  printf '\n$ %s %s%s\n' "$method" "$path" "${extra:+  ($extra)}"
  [[ -n $body ]] && printf '%s\n' "$body" | sed 's/^/> /'
  STATUS=$(curl "${args[@]}")
  BODY=$(cat /tmp/seed-walkthrough.$$)
  rm -f /tmp/seed-walkthrough.$$
  printf '< %s %s\n' "$STATUS" "$(printf '%s' "$BODY" | head -c "$SHOW")"
  if [[ $STATUS != "$expected" ]]; then
    echo "!! expected $expected, got $STATUS" >&2
    exit 1
  fi
}

echo "== admin logs in"
call 200 - POST /auth/login "{\"username\":\"$ADMIN_USER\",\"password\":\"$ADMIN_PASSWORD\"}"
ADMIN=$(json o.accessToken)

echo "== the server and its global daemon group (first: the vhost's SetEnv below names it)"
call 201 "$ADMIN" POST /servers "{\"name\":\"$SERVER_NAME\"}"
SERVER=$(json o.id)
call 201 "$ADMIN" POST "/servers/$SERVER/daemon-groups" '{"name":"default","processes":2,"threads":25}'

echo "== the virtual host: WSGIProcessGroup %{ENV:PROCESS_GROUP}, SetEnv PROCESS_GROUP default"
call 201 "$ADMIN" POST "/servers/$SERVER/virtual-hosts" \
  '{"serverName":"www.site.com","addresses":["*:80"],"processGroup":"%{ENV:PROCESS_GROUP}","env":{"PROCESS_GROUP":"default"}}'
VHOST=$(json o.id)

declare -A TENANT DIRECTORY
for who in bob joe; do
  echo "== tenant $who, its groups $who:1..3, its directory and its login"
  call 201 "$ADMIN" POST /tenants "{\"name\":\"$who\",\"unixUser\":\"$who\",\"unixGroup\":\"$who\"}"
  TENANT[$who]=$(json o.id)
  for n in 1 2 3; do
    call 201 "$ADMIN" POST "/servers/$SERVER/daemon-groups" \
      "{\"name\":\"$who:$n\",\"virtualHostId\":\"$VHOST\",\"tenantId\":\"${TENANT[$who]}\",\"user\":\"$who\",\"group\":\"$who\",\"threads\":25}"
  done
  call 201 "$ADMIN" POST "/virtual-hosts/$VHOST/directories" \
    "{\"path\":\"/home/$who/public_html\",\"tenantId\":\"${TENANT[$who]}\",\"urlPath\":\"/~$who\",\"options\":[\"ExecCGI\"],\"allowOverride\":[\"FileInfo\"],\"handlers\":[{\"handler\":\"wsgi-script\",\"extensions\":[\".wsgi\"]}],\"restrictProcess\":[\"$who:1\",\"$who:2\",\"$who:3\"],\"env\":{\"PROCESS_GROUP\":\"$who:1\"}}"
  DIRECTORY[$who]=$(json o.id)
  call 201 "$ADMIN" POST /users \
    "{\"username\":\"$who\",\"password\":\"$who-password-123\",\"role\":\"tenant\",\"tenantId\":\"${TENANT[$who]}\"}"
done

echo "== bob logs in and maps blog.wsgi to bob:2 with a plain .htaccess file"
call 200 - POST /auth/login '{"username":"bob","password":"bob-password-123"}'
BOB=$(json o.accessToken)
DIR=${DIRECTORY[bob]}

echo "== bob reads what concerns him: the groups serving him (not default, not joe's)"
call 200 "$BOB" GET "/servers/$SERVER/daemon-groups?limit=10"
node -e 'console.log("   names:", JSON.parse(process.argv[1]).items.map((g) => g.name).join(" "))' "$BODY"
call 200 "$BOB" GET /tenants
call 200 "$BOB" GET "/virtual-hosts/$VHOST"
call 200 "$BOB" PUT "/directories/$DIR/htaccess" $'<Files blog.wsgi>\n    SetEnv PROCESS_GROUP bob:2\n</Files>\n' text/plain

echo "== bob reads it back as JSON (the groups he may choose, the ETag) and adds wiki.wsgi → bob:3"
call 200 "$BOB" GET "/directories/$DIR/htaccess"
ETAG=$(json o.etag)
call 200 "$BOB" PUT "/directories/$DIR/htaccess" \
  '{"rules":[{"files":"blog.wsgi","processGroup":"bob:2"},{"files":"wiki.wsgi","processGroup":"bob:3"}]}' \
  application/json "if-match: $ETAG"

echo "== joe:1 is not in bob's restriction list: refused, nothing stored"
call 422 "$BOB" PUT "/directories/$DIR/htaccess" '{"rules":[{"files":"blog.wsgi","processGroup":"joe:1"}]}'

echo "== where does /~bob/blog.wsgi run? (bob may ask for his own paths)"
call 200 "$BOB" GET "/servers/$SERVER/resolve?host=www.site.com&path=/~bob/blog.wsgi"

echo "== the rendered Apache configuration"
SHOW=200 call 200 "$ADMIN" GET "/servers/$SERVER/config"
node -e 'const o = JSON.parse(process.argv[1]);
  for (const f of o.files ?? []) console.log(`\n----- ${f.path}\n${f.content}`);' "$BODY"
