#!/usr/bin/env bash
# Emacs (Debian's emacs-nox) with eglot (elpa-eglot) against `factlsp serve` on a copy of
# examples/, in batch mode: checks that eglot receives the article's diagnostics (equal to
# `factlsp check`), that Flymake shows them, hover when the server offers it, and a clean shutdown.
# Not part of scripts/test.sh (see docs/editors.md); run it by hand. Exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'try-emacs: %s\n' "$*" >&2; }

if ! command -v emacs >/dev/null 2>&1; then
  say "emacs not found: apt-get install -y emacs-nox elpa-eglot elpa-markdown-mode"
  exit 1
fi

. scripts/e2e-workspace.sh

say "$(emacs --version | head -1)"
set +e
timeout 120 emacs --batch -l tests/emacs/eglot-e2e.el </dev/null
status=$?
set -e
if [ "$status" -ne 0 ]; then
  if [ "$status" -eq 124 ]; then say "FAIL: Emacs did not finish within 120 s"; else say "FAIL: exit code $status"; fi
  exit 1
fi
say "passed"
