#!/usr/bin/env bash
# The .NET tool as a user gets it: `dotnet pack` into a local folder feed, `dotnet tool install`
# from that feed into a temporary tool path, then the installed `factlsp`: --version, `check
# examples` (exit 1: the example has errors on purpose) and a `serve` handshake over LSP.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -n1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet pack src/FactLsp/FactLsp.csproj -c Release -o "$work/feed" --nologo -v quiet
ls "$work/feed/FactLsp.$version.nupkg" >/dev/null
dotnet tool install FactLsp --version "$version" --tool-path "$work/tools" --add-source "$work/feed" >/dev/null
factlsp="$work/tools/factlsp"

said=$("$factlsp" --version)
[ "$said" = "$version" ] || { echo "not ok - factlsp --version said '$said', expected '$version'" >&2; exit 1; }
echo "ok - the installed tool says $said"

set +e
"$factlsp" check examples --no-progress > "$work/check.txt"
code=$?
set -e
summary=$(tail -n1 "$work/check.txt")
if [ "$code" -ne 1 ] || ! grep -Eq '^[0-9]+ errors?, [0-9]+ warnings?, [0-9]+ infos?, [0-9]+ hints? in [0-9]+ files checked\.$' <<<"$summary"; then
  echo "not ok - factlsp check examples exited $code:" >&2; cat "$work/check.txt" >&2; exit 1
fi
echo "ok - factlsp check examples: $summary (exit 1)"

node scripts/lsp-handshake.mjs examples "$factlsp" 2>/dev/null | sed 's/^/ok - serve: /'
echo "3 passed, 0 failed"
