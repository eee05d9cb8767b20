-- What the test prints and how it ends Neovim. Writes to stderr: in headless mode Neovim's own
-- message area is not a reliable place for test output.
local M = { failures = {} }

function M.info(msg)
  io.stderr:write('nvim-e2e: ' .. msg .. '\n')
end

function M.warn(msg)
  io.stderr:write('nvim-e2e: WARNING: ' .. msg .. '\n')
end

function M.pass(msg)
  io.stderr:write('nvim-e2e: ok - ' .. msg .. '\n')
end

function M.fail(msg)
  table.insert(M.failures, msg)
  io.stderr:write('nvim-e2e: FAIL - ' .. msg .. '\n')
end

-- Quits with 0 when nothing failed, else 1 (`:cquit N` sets the exit code, Neovim 0.5 and later).
function M.finish()
  io.stderr:flush()
  if #M.failures == 0 then
    io.stderr:write('nvim-e2e: all checks passed\n')
    vim.cmd('qall!')
  else
    io.stderr:write(string.format('nvim-e2e: %d check(s) failed\n', #M.failures))
    vim.cmd('cquit 1')
  end
end

return M
