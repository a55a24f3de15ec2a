-- A real editor as the client: Neovim (0.7) starts `mindset lsp`, opens a post, waits for
-- diagnostics, asks for hover and code actions, applies the "ignore" edit, waits for the
-- diagnostics to update, and writes what it saw as JSON for test_nvim.sh to compare.
-- Environment: MINDSET_BIN, MINDSET_LEXICONS, POST_FILE, RESULT_FILE.
local bin = os.getenv("MINDSET_BIN")
local lexicons = os.getenv("MINDSET_LEXICONS")
local result_file = os.getenv("RESULT_FILE")
local result = { steps = {} }
local last_publish = nil
local publish_count = 0

local function finish()
  local f = io.open(result_file, "w")
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd("qa!")
end

local function step(name, ok)
  table.insert(result.steps, name .. ": " .. (ok and "ok" or "failed"))
  if not ok then finish() end
end

local function codes(diags)
  local out = {}
  for _, d in ipairs(diags or {}) do table.insert(out, d.code) end
  table.sort(out)
  return out
end

vim.cmd("edit " .. os.getenv("POST_FILE"))
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = "mindset",
  cmd = { bin, "lsp" },
  root_dir = vim.fn.getcwd(),
  init_options = { network = "linkedin", lexicons = lexicons, debounceMs = 20 },
  handlers = {
    ["textDocument/publishDiagnostics"] = function(err, res, ctx, config)
      last_publish = res
      publish_count = publish_count + 1
      vim.lsp.diagnostic.on_publish_diagnostics(err, res, ctx, config)
    end,
  },
})
step("start_client", client_id ~= nil)
vim.lsp.buf_attach_client(buf, client_id)
local client = vim.lsp.get_client_by_id(client_id)

step("diagnostics on open", vim.wait(5000, function() return last_publish ~= nil end, 20))
result.before = codes(last_publish.diagnostics)
local misfit = nil
for _, d in ipairs(last_publish.diagnostics) do
  if d.code == "misfit.baby_family" then misfit = d end
end
step("baby misfit flagged", misfit ~= nil)
result.misfit_range = misfit.range

local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = misfit.range.start }
local hover = client.request_sync("textDocument/hover", params, 3000, buf)
local value = hover and hover.result and hover.result.contents.value or ""
result.hover_names_rule = value:find("misfit.baby_family", 1, true) ~= nil
result.hover_names_lexicon = value:find(".lex:", 1, true) ~= nil

local actions = client.request_sync("textDocument/codeAction", {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = misfit.range,
  context = { diagnostics = { misfit } },
}, 3000, buf)
result.actions = {}
local ignore = nil
for _, a in ipairs(actions and actions.result or {}) do
  table.insert(result.actions, a.title)
  if a.title:find("^Ignore") then ignore = a end
end
step("ignore action offered", ignore ~= nil)

local seen = publish_count
vim.lsp.util.apply_workspace_edit(ignore.edit, "utf-16")
result.first_line = vim.api.nvim_buf_get_lines(buf, 0, 1, false)[1]
step("diagnostics after the edit", vim.wait(5000, function() return publish_count > seen end, 20))
result.after = codes(last_publish.diagnostics)
finish()
