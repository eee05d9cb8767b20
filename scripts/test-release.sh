#!/usr/bin/env bash
# The release binary for this machine as a user without .NET gets it: the self-contained,
# single-file factlsp of scripts/publish.sh (built here unless artifacts/publish/RID/ has it),
# run with the .NET installation hidden (an empty folder mounted over it in a private mount
# namespace, where `unshare` allows; else only a bare environment with DOTNET_ROOT pointing
# nowhere): --version, `check examples` (exit 1: the example has errors on purpose) and a `serve`
# handshake over LSP.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -n1)
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n1)
exe="artifacts/publish/$rid/factlsp"
if [ ! -x "$exe" ] || [ "$("$exe" --version 2>/dev/null)" != "$version" ]; then
  scripts/publish.sh --no-archive "$rid"
fi

# No .NET for the binary: its installation hidden, a bare environment, DOTNET_ROOT nowhere.
dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
empty=$(mktemp -d)
trap 'rmdir "$empty"' EXIT
if unshare -m sh -c "mount --bind '$empty' '$dotnet_root' && ! command -v dotnet >/dev/null && [ ! -e '$dotnet_root/dotnet' ]" 2>/dev/null; then
  hidden="(.NET hidden: $dotnet_root is empty)"
  bare() { unshare -m sh -c 'mount --bind "$0" "$1" && shift && exec env -i HOME="$HOME" PATH=/usr/bin:/bin DOTNET_ROOT=/nonexistent "$@"' "$empty" "$dotnet_root" "$@"; }
else
  hidden="(bare environment; .NET could not be hidden here)"
  bare() { env -i HOME="$HOME" PATH=/usr/bin:/bin DOTNET_ROOT=/nonexistent "$@"; }
fi
echo "test-release: running $exe $hidden"
command -v node >/dev/null || { echo "test-release: node is needed for the handshake" >&2; exit 1; }
node=$(command -v node)

said=$(bare "$exe" --version)
[ "$said" = "$version" ] || { echo "not ok - $exe --version said '$said', expected '$version'" >&2; exit 1; }
echo "ok - $exe ($(du -m "$exe" | cut -f1) MB) says $said"

set +e
bare "$exe" check examples --no-progress > /tmp/factlsp-release-check.$$ 2>&1
code=$?
set -e
summary=$(tail -n1 /tmp/factlsp-release-check.$$)
rm -f /tmp/factlsp-release-check.$$
if [ "$code" -ne 1 ] || ! grep -Eq '^[0-9]+ errors?, [0-9]+ warnings?, [0-9]+ infos?, [0-9]+ hints? in [0-9]+ files checked\.$' <<<"$summary"; then
  echo "not ok - $exe check examples exited $code: $summary" >&2; exit 1
fi
echo "ok - check examples without .NET: $summary (exit 1)"

bare "$node" scripts/lsp-handshake.mjs examples "$exe" 2>/dev/null | sed 's/^/ok - serve without .NET: /'
echo "3 passed, 0 failed"
