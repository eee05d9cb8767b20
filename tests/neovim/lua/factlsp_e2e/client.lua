-- Starts Neovim's built-in LSP client on a buffer the way a user's config does, on 0.7 and later:
-- vim.lsp.start (0.8+) or vim.lsp.start_client + vim.lsp.buf_attach_client (0.7). Records every
-- publishDiagnostics it receives before handing it to Neovim's own handler.
local M = {}

local MARKERS = { 'factlsp.yaml', 'people.yaml' }

-- The nearest folder above `path` holding factlsp.yaml or people.yaml (vim.fs does not exist on 0.7).
function M.find_root(path)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  for _, marker in ipairs(MARKERS) do
    local found = vim.fn.findfile(marker, dir .. ';')
    if found ~= '' then
      return vim.fn.fnamemodify(found, ':p:h')
    end
  end
  return nil
end

-- Returns a handle: { id, client(), published = {uri -> {version, diagnostics, count}}, exited }.
function M.start(bufnr, cmd, root_dir)
  local handle = { published = {}, exited = nil }

  local function on_publish(err, result, ctx, config)
    if result and result.uri then
      local previous = handle.published[result.uri]
      handle.published[result.uri] = {
        version = result.version,
        diagnostics = result.diagnostics or {},
        count = (previous and previous.count or 0) + 1,
      }
    end
    return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
  end

  local config = {
    name = 'factlsp',
    cmd = cmd,
    root_dir = root_dir,
    workspace_folders = { { uri = vim.uri_from_fname(root_dir), name = vim.fn.fnamemodify(root_dir, ':t') } },
    handlers = { ['textDocument/publishDiagnostics'] = on_publish },
    on_exit = function(code, signal)
      handle.exited = { code = code, signal = signal }
    end,
    flags = { exit_timeout = 5000 },
  }

  if vim.lsp.start then
    handle.id = vim.lsp.start(config, { bufnr = bufnr })
  else
    handle.id = vim.lsp.start_client(config)
    if handle.id then
      vim.lsp.buf_attach_client(bufnr, handle.id)
    end
  end

  function handle.client()
    return handle.id and vim.lsp.get_client_by_id(handle.id) or nil
  end

  -- Client methods are called with `:` from 0.11 on (the `.` form is deprecated there), `.` before.
  local method_style = vim.fn.has('nvim-0.11') == 1
  local function call(client, name, ...)
    if method_style then
      return client[name](client, ...)
    end
    return client[name](...)
  end

  -- Sets the `factlsp` settings the way a user's config does, and tells the server they changed:
  -- the server then asks for them with workspace/configuration, which Neovim answers from them.
  function handle.change_settings(settings)
    local client = handle.client()
    client.config.settings = settings
    return call(client, 'notify', 'workspace/didChangeConfiguration', { settings = settings })
  end

  -- Sends shutdown and exit, and waits for the server to go.
  function handle.stop(timeout_ms)
    local client = handle.client()
    if not client then
      return true
    end
    call(client, 'stop')
    return vim.wait(timeout_ms, function() return handle.exited ~= nil end, 50)
  end

  return handle
end

return M
