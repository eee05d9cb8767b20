-- FactLsp in the older nvim-lspconfig form (`lua/lspconfig/configs/factlsp.lua`, for
-- nvim-lspconfig before its `lsp/` configurations and Neovim before 0.11). For Neovim 0.11+ use
-- the repository's `lsp/factlsp.lua` instead. Written from nvim-lspconfig's documentation.
--
-- Use without adding it to nvim-lspconfig:
--   require('lspconfig.configs').factlsp = dofile('/path/to/editors/nvim-lspconfig/factlsp.lua')
--   require('lspconfig').factlsp.setup({})
local util = require('lspconfig.util')

return {
  default_config = {
    cmd = { 'factlsp', 'serve' },
    filetypes = { 'markdown' },
    root_dir = util.root_pattern('factlsp.yaml', 'people.yaml'),
    single_file_support = false,
    settings = {
      factlsp = {},
    },
  },
  docs = {
    description = [[
https://github.com/factlsp/factlsp

FactLsp checks the quotations of Markdown articles against their sources: diagnostics, hovers,
go-to-source, references, rename and quick fixes for `[“…”]{.quote by=ID src=ID}` annotations.

Install the server with `dotnet tool install --global FactLsp`, or put a release binary on PATH.
It starts for Markdown files under a folder holding `factlsp.yaml` or `people.yaml`.
]],
  },
}
