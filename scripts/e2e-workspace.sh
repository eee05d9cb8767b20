# Sourced by the editor end-to-end scripts (test-neovim.sh, test-emacs.sh, try-vim.sh): builds the server if
# needed, copies examples/ into a temp folder (removed on exit), records what `factlsp check`
# says about it, and exports the FACTLSP_E2E_* variables the editor-side scripts read.
# Expects: the repository root as the current folder; `say` defined.

server_dll="$PWD/src/FactLsp/bin/Release/net10.0/factlsp.dll"
if [ ! -f "$server_dll" ]; then
  say "building the server (Release)"
  dotnet build src/FactLsp/FactLsp.csproj -c Release --nologo -v quiet
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/factlsp-e2e.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -R examples "$work/workspace"
# Editors' own state and logs (Neovim's lsp.log holds the server's stderr) stay in the temp folder.
export XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data" \
  XDG_CONFIG_HOME="$work/config"

# What the editor must receive: the CLI's own report on the same copy (exit 1 means "errors found").
set +e
(cd "$work/workspace" && dotnet "$server_dll" check --format json . >"$work/expected.json")
check_status=$?
set -e
if [ "$check_status" -gt 1 ]; then
  say "FAIL: factlsp check --format json exited $check_status"
  exit 1
fi

# The facts of the example workspace the tests rely on: the article with one deliberate mistake
# per rule, rules that must show up there, and a speaker quoted in it with their name.
export FACTLSP_E2E_WORKSPACE="$work/workspace"
export FACTLSP_E2E_ARTICLE="articles/first-draft.md"
export FACTLSP_E2E_SERVER_CMD="[\"dotnet\", \"$server_dll\", \"serve\"]"
export FACTLSP_E2E_EXPECTED="$work/expected.json"
export FACTLSP_E2E_REQUIRED_RULES="misquote quote-not-found unknown-speaker unknown-source wrong-speaker malformed-annotation unattributed-quote"
export FACTLSP_E2E_SETTINGS_RULE="unattributed-quote"
export FACTLSP_E2E_HOVER_BY="redur-khalil"
export FACTLSP_E2E_HOVER_NAME="Redur Khalil"
export FACTLSP_E2E_TIMEOUT_MS="${FACTLSP_E2E_TIMEOUT_MS:-45000}"

# Prints the tail of each non-empty log given, after a failure.
show_logs() {
  for log in "$@"; do
    if [ -s "$log" ]; then
      say "last lines of $log:"
      tail -n 40 "$log" >&2
    fi
  done
}
