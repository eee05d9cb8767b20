#!/usr/bin/env bash
# Runs every test of FactLsp: the .NET suites (core, server end to end), the .NET tool installed
# from a local feed, the TextMate grammar's scope tests, the VS Code client's checks (type-check,
# lint, unit tests, this platform's .vsix with its bundled server), the release binary run
# without .NET, and the real-editor end-to-end tests (headless Neovim, batch Emacs with eglot,
# the packaged extension in real VS Code: code-server driven by Chromium).
# Installs the npm packages it needs (npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$*"; }

step "dotnet build"
dotnet build FactLsp.sln -c Release --nologo -v quiet

step ".NET tests"
dotnet test FactLsp.sln -c Release --no-build --nologo

step "generated code: CompositionData.g.cs is what its generator writes"
dotnet run --project bench/FactLsp.Benchmarks -c Release --no-build -- composition-data --check

step ".NET tool: dotnet pack, install from a folder feed, --version, check, serve"
scripts/test-dotnet-tool.sh

step "grammar tests"
(cd grammar && npm ci --no-audit --no-fund --loglevel=error && npm test)

step "VS Code client: type-check, lint, unit tests, this platform's .vsix with its server"
(cd client && npm ci --no-audit --no-fund --loglevel=error && npm run test:all)

step "release binary (self-contained, single file) without .NET: --version, check, serve"
scripts/test-release.sh

if [ -x scripts/test-neovim.sh ]; then
  step "Neovim end-to-end"
  scripts/test-neovim.sh
fi

if [ -x scripts/test-emacs.sh ]; then
  step "Emacs (eglot) end-to-end"
  scripts/test-emacs.sh
fi

if [ -x scripts/test-vscode.sh ]; then
  step "VS Code end-to-end: the .vsix in code-server, driven by Chromium"
  scripts/test-vscode.sh
fi

step "all test suites passed"
