#!/usr/bin/env bash
# Vim (Debian's vim) with the ALE plugin (Debian's vim-ale) against `factlsp serve` on a copy of
# examples/, in silent Ex mode: checks that ALE shows the article's diagnostics, equal to
# `factlsp check`. vim-lsp, the client docs/editors.md configures for Vim, is not packaged in
# Debian; ALE is the LSP client for Vim that is. Not part of scripts/test.sh; run it by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'try-vim: %s\n' "$*" >&2; }

if ! command -v vim >/dev/null 2>&1 || [ ! -f /usr/share/vim-ale/plugin/ale.vim ]; then
  say "needs vim and ALE: apt-get install -y vim vim-ale"
  exit 1
fi

. scripts/e2e-workspace.sh

set +e
timeout 120 vim -N -u NONE -i NONE -es -S tests/vim/ale-e2e.vim </dev/null
status=$?
set -e
if [ "$status" -ne 0 ]; then
  if [ "$status" -eq 124 ]; then say "FAIL: Vim did not finish within 120 s"; else say "FAIL: exit code $status"; fi
  exit 1
fi
say "passed"
