#!/usr/bin/env bash
# End-to-end test in a real editor: headless Neovim, with its built-in LSP client, against
# `factlsp serve` on a copy of examples/. Checks that the diagnostics of articles/first-draft.md
# arrive and equal what `factlsp check` reports, that hover on a quote names its speaker, and that
# the server shuts down cleanly. Exits non-zero on any failure. Skips (exit 0, with a warning) only
# when Neovim is missing and cannot be installed.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

say() { printf 'test-neovim: %s\n' "$*" >&2; }

if ! command -v nvim >/dev/null 2>&1; then
  say "nvim not found; installing the Debian package neovim"
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim >/dev/null) || true
  fi
  if ! command -v nvim >/dev/null 2>&1; then
    say "WARNING: Neovim is not installed and could not be installed: the Neovim end-to-end test is SKIPPED"
    exit 0
  fi
fi
nvim_version=$(nvim --version | head -1)
case "$nvim_version" in
  "NVIM v0."[0-6].*) say "FAIL: $nvim_version is older than 0.7, which this test and docs/editors.md need"; exit 1 ;;
esac

server_dll="$repo/src/FactLsp/bin/Release/net10.0/factlsp.dll"
if [ ! -f "$server_dll" ]; then
  say "building the server (Release)"
  dotnet build src/FactLsp/FactLsp.csproj -c Release --nologo -v quiet
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/factlsp-nvim.XXXXXX")
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
cp -R examples "$work/workspace"
# Neovim's LSP log (it holds the server's stderr) goes into the temp folder, shown on failure.
export XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"

# What the editor must receive: the CLI's own report on the same copy.
set +e
(cd "$work/workspace" && dotnet "$server_dll" check --format json . >"$work/expected.json")
check_status=$?
set -e
if [ "$check_status" -gt 1 ]; then
  say "FAIL: factlsp check --format json exited $check_status"
  exit 1
fi

# The facts of the example workspace the test relies on: the article with one deliberate mistake
# per rule, the rules that must show up there, and a speaker quoted in it with their name.
export FACTLSP_NVIM_WORKSPACE="$work/workspace"
export FACTLSP_NVIM_ARTICLE="articles/first-draft.md"
export FACTLSP_NVIM_SERVER_CMD="[\"dotnet\", \"$server_dll\", \"serve\"]"
export FACTLSP_NVIM_EXPECTED="$work/expected.json"
export FACTLSP_NVIM_REQUIRED_RULES="misquote quote-not-found unknown-speaker unknown-source wrong-speaker malformed-annotation unattributed-quote"
export FACTLSP_NVIM_HOVER_BY="redur-khalil"
export FACTLSP_NVIM_HOVER_NAME="Redur Khalil"
export FACTLSP_NVIM_TIMEOUT_MS="${FACTLSP_NVIM_TIMEOUT_MS:-60000}"

say "$nvim_version"
set +e
timeout 120 nvim --headless --clean -u tests/neovim/init.lua </dev/null
status=$?
set -e

if [ "$status" -ne 0 ]; then
  if [ "$status" -eq 124 ]; then
    say "FAIL: Neovim did not finish within 120 s"
  else
    say "FAIL: the Neovim end-to-end test failed (exit code $status)"
  fi
  for log in "$work"/state/nvim/lsp.log "$work"/cache/nvim/lsp.log; do
    if [ -s "$log" ]; then
      say "last lines of Neovim's LSP log ($log):"
      tail -n 40 "$log" >&2
    fi
  done
  exit 1
fi
say "passed"
