# Shared helpers for scripts/run and scripts/test. Source it; do not run it.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCAL_STACK="$ROOT/infra/local"
AZURITE_KEY="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
CHILDREN=()

require() {
  command -v "$1" >/dev/null 2>&1 || { echo "error: $1 is required ($2)" >&2; exit 1; }
}

# Installs the pinned npm packages (Azurite, Web Chat, maildev, Chart.js) when missing or when
# package-lock.json changed since the last install (compared by content, not by file time).
install_local_stack() {
  local wanted installed=""
  wanted="$(sha256sum "$LOCAL_STACK/package-lock.json" | cut -d' ' -f1)"
  [ -f "$LOCAL_STACK/node_modules/.front-door-lock" ] && installed="$(cat "$LOCAL_STACK/node_modules/.front-door-lock")"
  if [ ! -x "$LOCAL_STACK/node_modules/.bin/azurite" ] || [ "$wanted" != "$installed" ]; then
    echo "Installing the local stack from npm (infra/local)..."
    (cd "$LOCAL_STACK" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$wanted" > "$LOCAL_STACK/node_modules/.front-door-lock"
  fi
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

storage_connection() { # blob queue table
  echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$AZURITE_KEY;BlobEndpoint=http://127.0.0.1:$1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$2/devstoreaccount1;TableEndpoint=http://127.0.0.1:$3/devstoreaccount1;"
}

wait_for_port() { # port seconds
  local deadline=$((SECONDS + ${2:-30}))
  until (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || { echo "error: nothing answered on port $1" >&2; return 1; }
    sleep 0.2
  done
}

start_child() { # command... (runs in its own process group so Ctrl-C stops all of it)
  setsid "$@" &
  CHILDREN+=("$!")
}

stop_children() {
  for pid in "${CHILDREN[@]:-}"; do
    [ -n "$pid" ] && kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for pid in "${CHILDREN[@]:-}"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
  done
  CHILDREN=()
}
