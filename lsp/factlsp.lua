---@brief
---
--- FactLsp: checks the quotations of Markdown articles against their sources
--- (`[“…”]{.quote by=ID src=ID}`), with diagnostics, hovers, go-to-source and quick fixes.
---
--- Install the server (one of):
--- - `dotnet tool install --global FactLsp`
--- - a release binary (self-contained, no .NET needed) on your PATH
---
--- Neovim 0.11+: put this repository on 'runtimepath' (any plugin manager), or copy this file to
--- `~/.config/nvim/lsp/factlsp.lua`, then `vim.lsp.enable('factlsp')`. The server starts for
--- Markdown files inside a FactLsp workspace (a folder above them holding `factlsp.yaml` or
--- `people.yaml`), and not elsewhere. Settings go under `settings.factlsp`, as in VS Code:
---
--- ```lua
--- vim.lsp.config('factlsp', { settings = { factlsp = { rules = { ['unattributed-quote'] = 'info' } } } })
--- ```
---
--- The same file is the form nvim-lspconfig takes for its `lsp/` configurations.

---@type vim.lsp.Config
return {
  cmd = { 'factlsp', 'serve' },
  filetypes = { 'markdown' },
  root_markers = { 'factlsp.yaml', 'people.yaml' },
  -- Only inside a FactLsp workspace: without a marker `on_dir` is never called, so the server is
  -- not started for other Markdown files (root_markers alone would start it without a root).
  root_dir = function(bufnr, on_dir)
    local root = vim.fs.root(bufnr, { 'factlsp.yaml', 'people.yaml' })
    if root then
      on_dir(root)
    end
  end,
  settings = {
    factlsp = {},
  },
}
