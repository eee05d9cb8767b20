#!/usr/bin/env bash
# Emacs (Debian's emacs-nox) with eglot (elpa-eglot) against `factlsp serve` on a copy of
# examples/, in batch mode: checks that eglot receives the article's diagnostics (equal to
# `factlsp check`), that Flymake shows them, hover when the server offers it, and a clean shutdown.
# Run by scripts/test.sh. Exits non-zero on any failure; skips (exit 0, with a warning) only when
# Emacs with eglot is missing and cannot be installed.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'test-emacs: %s\n' "$*" >&2; }

packages="emacs-nox elpa-eglot elpa-markdown-mode"
has_eglot() { command -v emacs >/dev/null 2>&1 && emacs --batch --eval "(require 'eglot)" >/dev/null 2>&1; }
if ! has_eglot; then
  say "Emacs with eglot not found; installing the Debian packages $packages"
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    # shellcheck disable=SC2086
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null) || true
  fi
  if ! has_eglot; then
    say "WARNING: Emacs with eglot is not installed and could not be installed: the Emacs end-to-end test is SKIPPED"
    exit 0
  fi
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
