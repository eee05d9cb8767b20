-- Entry point of the headless Neovim end-to-end test (run by scripts/test-neovim.sh):
--   nvim --headless --clean -u tests/neovim/init.lua
-- It reads its inputs from the environment (see lua/factlsp_e2e/run.lua), drives Neovim's built-in
-- LSP client against `factlsp serve`, and leaves Neovim with exit code 0 on success, 1 on failure.
local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
package.path = here .. '/lua/?.lua;' .. here .. '/lua/?/init.lua;' .. package.path

local report = require('factlsp_e2e.report')

-- A Lua error anywhere must end Neovim with a failure, never leave it waiting at a prompt.
local ok, err = xpcall(function() return require('factlsp_e2e.run').main() end, debug.traceback)
if not ok then
  report.fail('the test raised an error: ' .. tostring(err))
end
report.finish()
