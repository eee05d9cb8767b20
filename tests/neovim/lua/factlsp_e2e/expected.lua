-- The diagnostics `factlsp check --format json` reports for one file: what the editor must receive
-- from `factlsp serve` on the same workspace, since both answer from the same core.
local M = {}

local function read(path)
  local f = assert(io.open(path, 'r'))
  local text = f:read('*a')
  f:close()
  return text
end

-- Returns a sorted list of "LINE:rule" keys (LINE 0-based, as in LSP) for `relative_path`.
function M.from_check_json(json_path, relative_path)
  local report = vim.fn.json_decode(read(json_path))
  local keys = {}
  for _, d in ipairs(report.diagnostics or {}) do
    if d.path == relative_path then
      table.insert(keys, string.format('%d:%s', d.line - 1, d.rule))
    end
  end
  table.sort(keys)
  return keys
end

-- The same keys for LSP diagnostics (code is the rule).
function M.from_lsp(diagnostics)
  local keys = {}
  for _, d in ipairs(diagnostics) do
    table.insert(keys, string.format('%d:%s', d.range.start.line, tostring(d.code)))
  end
  table.sort(keys)
  return keys
end

-- Keys in `a` but not in `b`, counting repeats.
function M.missing(a, b)
  local have = {}
  for _, k in ipairs(b) do have[k] = (have[k] or 0) + 1 end
  local out = {}
  for _, k in ipairs(a) do
    if (have[k] or 0) > 0 then have[k] = have[k] - 1 else table.insert(out, k) end
  end
  return out
end

return M
