-- `factlsp.addSource` through workspace/executeCommand, as docs/editors.md tells Neovim users to
-- run it: the server imports a page (the wire-story fixture of the import tests, a local file, so
-- no network) and sends workspace/applyEdit, which Neovim's own handler applies: the new source
-- then exists as a buffer holding the imported text.
local report = require('factlsp_e2e.report')

local M = {}

function M.check(handle, bufnr, workspace)
  local page = vim.fn.getcwd() .. '/tests/FactLsp.Core.Tests/Fixtures/import/wire-story.html'
  if vim.fn.filereadable(page) == 0 then
    report.fail('the import fixture is missing: ' .. page)
    return
  end
  local params = { command = 'factlsp.addSource', arguments = { { input = page, id = 'nvim-import' } } }
  local responses, why = vim.lsp.buf_request_sync(bufnr, 'workspace/executeCommand', params, 20000)
  local response = responses and responses[handle.id]
  local err = response and (response.error or response.err)
  if not response or err then
    report.fail('workspace/executeCommand factlsp.addSource failed: ' .. vim.inspect(err or why))
    return
  end
  local result = response.result or {}
  if result.id ~= 'nvim-import' or result.applied ~= true then
    report.fail('factlsp.addSource answered ' .. vim.inspect(result) .. ', expected id nvim-import, applied')
    return
  end
  -- A Neovim that announces resourceOperations "create" gets the file through applyEdit (a buffer,
  -- unsaved); an older one gets it written to disk by the server.
  local path = workspace .. '/sources/nvim-import.md'
  local source = vim.fn.bufnr(path)
  local how = 'through workspace/applyEdit'
  local lines = source ~= -1 and vim.api.nvim_buf_get_lines(source, 0, 3, false) or {}
  if #lines == 0 and vim.fn.filereadable(path) == 1 then
    lines = vim.fn.readfile(path, '', 3)
    how = 'on disk (this Neovim cannot create files through a WorkspaceEdit)'
  end
  if lines[1] == '---' and lines[2] == 'id: nvim-import' then
    report.pass('factlsp.addSource created sources/nvim-import.md ' .. how)
  else
    report.fail(string.format('after factlsp.addSource, %s holds %s', path, vim.inspect(lines)))
  end
end

return M
