#!/usr/bin/env bash
# Builds the release binaries of factlsp: self-contained (no .NET needed on the user's machine),
# one file, ReadyToRun (precompiled, so start-up does not wait for the JIT: see README, "Install").
#
#   scripts/publish.sh [--no-r2r] [--composite] [--no-archive] [RID…]
#
# RIDs: linux-x64 linux-arm64 osx-x64 osx-arm64 win-x64 (all five when none is given), or `host`
# for this machine's. Writes artifacts/publish/RID/factlsp[.exe] and, unless --no-archive,
# artifacts/release/factlsp-VERSION-RID.tar.gz (.zip for Windows) with SHA256SUMS. The runtime
# packs and the ReadyToRun compiler come from NuGet (restored on first use). A RID whose packs
# cannot be restored is reported and skipped; the script then exits 1 after building the others.
# --composite precompiles the framework together with FactLsp into one image: faster start-up
# and check (README, "Install"), 22 MB more, and many minutes more of build per platform.
set -euo pipefail
cd "$(dirname "$0")/.."

all_rids=(linux-x64 linux-arm64 osx-x64 osx-arm64 win-x64)
r2r=true
composite=false
archive=true
rids=()
for arg in "$@"; do
  case "$arg" in
    --no-r2r) r2r=false ;;
    --no-archive) archive=false ;;
    --composite) composite=true ;;
    host) rids+=("$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n1)") ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "publish.sh: unknown option $arg" >&2; exit 2 ;;
    *) rids+=("$arg") ;;
  esac
done
[ ${#rids[@]} -gt 0 ] || rids=("${all_rids[@]}")

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -n1)
[ -n "$version" ] || { echo "publish.sh: no <Version> in Directory.Build.props" >&2; exit 1; }

failed=()
for rid in "${rids[@]}"; do
  out="artifacts/publish/$rid"
  rm -rf "$out"
  echo "=== factlsp $version for $rid (ReadyToRun: $r2r, composite: $composite)"
  # IncludeNativeLibrariesForSelfExtract: whatever native library the runtime does not link into
  # the host goes inside the one file too. Not composite unless asked: the SDK would otherwise
  # recompile the whole (already precompiled) framework into one image; by default only FactLsp
  # and its packages are precompiled. The .pdb files are left out.
  if ! dotnet publish src/FactLsp/FactLsp.csproj -c Release -r "$rid" --self-contained \
      -p:PublishSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=true \
      -p:PublishReadyToRun="$r2r" -p:PublishReadyToRunComposite="$composite" -o "$out" --nologo -v quiet; then
    echo "publish.sh: $rid failed (are its runtime packs served by the NuGet feed?)" >&2
    failed+=("$rid")
    continue
  fi
  rm -f "$out"/*.pdb
  exe="$out/factlsp"; [[ "$rid" == win-* ]] && exe="$out/factlsp.exe"
  ls -l "$exe" | awk -v r="$rid" '{ printf "%s: %s, %.1f MB\n", r, $NF, $5 / 1048576 }'

  if $archive; then
    mkdir -p artifacts/release
    name="factlsp-$version-$rid"
    rm -f "artifacts/release/$name".*
    if [[ "$rid" == win-* ]]; then
      (cd "$out" && zip -q -9 "../../release/$name.zip" factlsp.exe)
    else
      tar -C "$out" -czf "artifacts/release/$name.tar.gz" factlsp
    fi
  fi
done

if $archive && [ -d artifacts/release ]; then
  (cd artifacts/release && sha256sum factlsp-"$version"-* > SHA256SUMS)
fi
if [ ${#failed[@]} -gt 0 ]; then
  echo "publish.sh: not built: ${failed[*]}" >&2
  exit 1
fi
