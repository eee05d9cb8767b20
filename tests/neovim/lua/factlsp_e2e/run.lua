-- The steps of the Neovim end-to-end test. Inputs, set by scripts/e2e-workspace.sh:
--   FACTLSP_E2E_WORKSPACE   a copy of examples/ (the test may not touch the repository's files)
--   FACTLSP_E2E_ARTICLE     the article to open, relative to the workspace
--   FACTLSP_E2E_SERVER_CMD  the server command as a JSON array, e.g. ["dotnet", ".../factlsp.dll", "serve"]
--   FACTLSP_E2E_EXPECTED    `factlsp check --format json .` run in the workspace
--   FACTLSP_E2E_REQUIRED_RULES  rule codes the article must show (space-separated)
--   FACTLSP_E2E_SETTINGS_RULE  a rule of the article that the test turns off through the settings
--   FACTLSP_E2E_HOVER_BY    a speaker id quoted in the article: hover goes on the first quote of theirs
--   FACTLSP_E2E_HOVER_NAME  the text that hover must show (the speaker's name)
--   FACTLSP_E2E_TIMEOUT_MS  how long to wait for the diagnostics (default 45000; the whole run has 120 s)
local client_mod = require('factlsp_e2e.client')
local expected_mod = require('factlsp_e2e.expected')
local report = require('factlsp_e2e.report')

local M = {}

local function env(name, default)
  local value = os.getenv(name)
  if value == nil or value == '' then
    if default ~= nil then return default end
    error('missing environment variable ' .. name .. ' (run scripts/test-neovim.sh)')
  end
  return value
end

local function words(s)
  local out = {}
  for w in s:gmatch('%S+') do table.insert(out, w) end
  return out
end

local function contains(list, value)
  for _, v in ipairs(list) do if v == value then return true end end
  return false
end

-- The text of a hover result, whatever shape the server chose (MarkupContent, MarkedString, list).
local function hover_text(result)
  if not result or not result.contents then return '' end
  return table.concat(vim.lsp.util.convert_input_to_markdown_lines(result.contents), '\n')
end

-- Puts the cursor inside the quoted words of the first `.quote` by `speaker_id`; returns its line.
local function cursor_on_quote_of(bufnr, speaker_id)
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  for i, line in ipairs(lines) do
    local attrs = line:find('{.quote by=' .. speaker_id, 1, true)
    if attrs then
      local open = line:sub(1, attrs):match('.*()%[') -- the span's opening bracket
      if open then
        -- Four bytes in (0-based): past `[` and a UTF-8 opening quotation mark, on the first quoted word.
        vim.api.nvim_win_set_cursor(0, { i, open - 1 + 4 })
        return i
      end
    end
  end
  return nil
end

local function check_diagnostics(handle, uri, bufnr, expected, required, timeout_ms)
  -- The server may publish early (before its index is ready) and again later: wait for the set
  -- that matches what `factlsp check` says, or the time limit, then judge the latest one.
  local function latest_keys()
    local p = handle.published[uri]
    return p and expected_mod.from_lsp(p.diagnostics) or nil
  end
  local matched = vim.wait(timeout_ms, function()
    if handle.exited then return true end
    local keys = latest_keys()
    return keys ~= nil and vim.deep_equal(keys, expected)
  end, 100)

  if handle.exited then
    report.fail(string.format('the server exited (code %s, signal %s) before the diagnostics arrived',
      tostring(handle.exited.code), tostring(handle.exited.signal)))
    return
  end
  local published = handle.published[uri]
  if not published then
    report.fail(string.format('no textDocument/publishDiagnostics for %s within %d ms', uri, timeout_ms))
    return
  end
  local keys = latest_keys()
  report.info(string.format('received %d diagnostics for the article (%d publication(s))', #keys, published.count))

  local got_rules = {}
  for _, k in ipairs(keys) do got_rules[k:match(':(.*)$')] = true end
  for _, rule in ipairs(required) do
    if got_rules[rule] then
      report.pass('diagnostic ' .. rule .. ' received')
    else
      report.fail('no ' .. rule .. ' diagnostic received (rules received: '
        .. table.concat(vim.tbl_keys(got_rules), ', ') .. ')')
    end
  end

  if matched then
    report.pass(string.format('the %d diagnostics equal `factlsp check` on the same workspace (line and rule)', #expected))
  else
    local missing = expected_mod.missing(expected, keys)
    local extra = expected_mod.missing(keys, expected)
    report.fail(string.format('the diagnostics differ from `factlsp check` (LINE:rule, 0-based lines) after %d ms; missing: [%s]; unexpected: [%s]',
      timeout_ms, table.concat(missing, ' '), table.concat(extra, ' ')))
  end

  -- What Neovim shows the user, not only what went over the wire.
  local shown = vim.diagnostic.get(bufnr)
  if #shown == #published.diagnostics and #shown > 0 then
    report.pass(string.format('vim.diagnostic shows the %d diagnostics in the buffer', #shown))
  else
    report.fail(string.format('vim.diagnostic shows %d diagnostics, the server published %d', #shown, #published.diagnostics))
  end
end

-- A rule turned off in the client's `factlsp` settings disappears from the article, the rest stays.
local function check_settings(handle, uri, expected, rule, timeout_ms)
  local remaining = vim.tbl_filter(function(k) return k:match(':(.*)$') ~= rule end, expected)
  if #remaining == #expected then
    report.fail('the article has no ' .. rule .. ' diagnostic to turn off')
    return
  end
  handle.change_settings({ factlsp = { rules = { [rule] = 'off' } } })
  local matched = vim.wait(timeout_ms, function()
    local p = handle.published[uri]
    return handle.exited ~= nil or (p ~= nil and vim.deep_equal(expected_mod.from_lsp(p.diagnostics), remaining))
  end, 100)
  if matched and not handle.exited then
    report.pass(string.format('settings {factlsp: {rules: {%s: off}}} remove its diagnostics and keep the %d others', rule, #remaining))
  else
    local p = handle.published[uri]
    report.fail(string.format('after turning %s off in the settings, the diagnostics are [%s], expected [%s]', rule,
      p and table.concat(expected_mod.from_lsp(p.diagnostics), ' ') or '', table.concat(remaining, ' ')))
  end
end

local function check_hover(handle, bufnr, speaker_id, name)
  local client = handle.client()
  -- Hover is judged only when the server advertises it; a server that advertises it and answers
  -- wrongly fails. hover_not_served_yet names the one case that is let through, loudly.
  local hover_not_served_yet = not (client and client.server_capabilities and client.server_capabilities.hoverProvider)
  if hover_not_served_yet then
    if os.getenv('FACTLSP_E2E_REQUIRE_HOVER') == '1' then
      report.fail('the server does not advertise hoverProvider (FACTLSP_E2E_REQUIRE_HOVER=1)')
    else
      report.warn('hover not served yet: the server\'s initialize result has no hoverProvider; the hover check is skipped')
    end
    return
  end

  local line = cursor_on_quote_of(bufnr, speaker_id)
  if not line then
    report.fail('no .quote by=' .. speaker_id .. ' in the article to hover on')
    return
  end
  local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
  local responses, why = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 10000)
  if not responses then
    report.fail('no answer to textDocument/hover within 10 s (' .. tostring(why) .. ')')
    return
  end
  local response = responses[handle.id]
  local err = response and (response.error or response.err)
  if not response or err then
    report.fail('textDocument/hover failed: ' .. vim.inspect(err))
    return
  end
  local text = hover_text(response.result)
  if text:find(name, 1, true) then
    report.pass(string.format('hover on the quote at line %d names %s', line, name))
  else
    report.fail(string.format('hover on the quote at line %d does not mention %q; it says: %s', line, name,
      text == '' and '(nothing)' or text))
  end
end

function M.main()
  local workspace = vim.fn.fnamemodify(env('FACTLSP_E2E_WORKSPACE'), ':p'):gsub('/$', '')
  local article_rel = env('FACTLSP_E2E_ARTICLE')
  local cmd = vim.fn.json_decode(env('FACTLSP_E2E_SERVER_CMD'))
  local expected = expected_mod.from_check_json(env('FACTLSP_E2E_EXPECTED'), article_rel)
  local required = words(env('FACTLSP_E2E_REQUIRED_RULES'))
  local timeout_ms = tonumber(env('FACTLSP_E2E_TIMEOUT_MS', '45000'))
  local version = vim.fn.matchstr(vim.fn.execute('version'), [[NVIM v[0-9.]\+]])
  report.info(string.format('%s; server: %s', version, table.concat(cmd, ' ')))

  for _, rule in ipairs(required) do
    if not contains(vim.tbl_map(function(k) return k:match(':(.*)$') end, expected), rule) then
      report.fail('`factlsp check` itself no longer reports ' .. rule .. ' on ' .. article_rel .. ': the example changed?')
    end
  end

  local article = workspace .. '/' .. article_rel
  vim.cmd('edit ' .. vim.fn.fnameescape(article))
  local bufnr = vim.api.nvim_get_current_buf()
  if vim.bo[bufnr].filetype ~= 'markdown' then
    vim.bo[bufnr].filetype = 'markdown'
  end

  local root = client_mod.find_root(article)
  if root ~= workspace then
    report.fail(string.format('root detection found %s, expected the workspace %s', tostring(root), workspace))
    return
  end

  local handle = client_mod.start(bufnr, cmd, root)
  if not handle.id then
    report.fail('the LSP client did not start: ' .. table.concat(cmd, ' '))
    return
  end
  local initialized = vim.wait(20000, function()
    local c = handle.client()
    return handle.exited ~= nil or (c ~= nil and c.initialized == true)
  end, 50)
  if not initialized or handle.exited then
    report.fail('the server did not answer initialize within 20 s' ..
      (handle.exited and string.format(' (it exited with code %s)', tostring(handle.exited.code)) or ''))
    return
  end
  report.pass('initialize answered')

  local uri = vim.uri_from_bufnr(bufnr)
  check_diagnostics(handle, uri, bufnr, expected, required, timeout_ms)
  if #report.failures == 0 then
    check_settings(handle, uri, expected, env('FACTLSP_E2E_SETTINGS_RULE'), 15000)
  end
  check_hover(handle, bufnr, env('FACTLSP_E2E_HOVER_BY'), env('FACTLSP_E2E_HOVER_NAME'))
  require('factlsp_e2e.add_source').check(handle, bufnr, workspace)

  if handle.stop(10000) then
    if handle.exited.code == 0 then
      report.pass('the server exited with code 0 after shutdown and exit')
    else
      report.fail('the server exited with code ' .. tostring(handle.exited.code) .. ' after shutdown and exit')
    end
  else
    report.fail('the server did not exit within 10 s of shutdown and exit')
  end
end

return M
