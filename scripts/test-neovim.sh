#!/usr/bin/env bash
# End-to-end test in a real editor: headless Neovim, with its built-in LSP client, against
# `factlsp serve` on a copy of examples/. Checks that the diagnostics of articles/first-draft.md
# arrive and equal what `factlsp check` reports, that hover on a quote names its speaker, that
# `factlsp.addSource` (workspace/executeCommand) imports a local page, and that the server shuts
# down cleanly. Exits non-zero on any failure. Skips (exit 0, with a warning) only
# when Neovim is missing and cannot be installed.
set -euo pipefail
cd "$(dirname "$0")/.."

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

. scripts/e2e-workspace.sh

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
  show_logs "$work"/state/nvim/lsp.log "$work"/cache/nvim/lsp.log
  exit 1
fi
say "passed"
