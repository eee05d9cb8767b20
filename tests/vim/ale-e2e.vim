" Vim with ALE (Debian's vim-ale) against `factlsp serve`, in silent Ex mode. Run by
" scripts/try-vim.sh:  vim -N -u NONE -i NONE -es -S tests/vim/ale-e2e.vim
" Reads the FACTLSP_E2E_* variables of scripts/e2e-workspace.sh. Checks that ALE receives the
" article's diagnostics and that they equal `factlsp check` (line and rule). Exits 0 or 1.

set nocompatible
let &runtimepath = '/usr/share/vim-ale,' . &runtimepath
filetype plugin on
let g:ale_linters_explicit = 1
let g:ale_linters = {'markdown': ['factlsp']}
runtime plugin/ale.vim

let s:failures = 0
function! s:Say(msg) abort
  call writefile(['vim-e2e: ' . a:msg], '/dev/stderr', 'a')
endfunction
function! s:Fail(msg) abort
  let s:failures += 1
  call s:Say('FAIL - ' . a:msg)
endfunction

" The configuration docs/editors.md gives, with the command of the test.
function! FactlspRoot(buffer) abort
  for l:marker in ['factlsp.yaml', 'people.yaml']
    let l:found = findfile(l:marker, fnamemodify(bufname(a:buffer), ':p:h') . ';')
    if !empty(l:found)
      return fnamemodify(l:found, ':p:h')
    endif
  endfor
  return ''
endfunction
let s:cmd = json_decode($FACTLSP_E2E_SERVER_CMD)
call ale#linter#Define('markdown', {
\   'name': 'factlsp',
\   'lsp': 'stdio',
\   'executable': s:cmd[0],
\   'command': join(['%e'] + map(s:cmd[1:], 'shellescape(v:val)')),
\   'project_root': function('FactlspRoot'),
\})

" What `factlsp check` reports for the article: sorted 'LINE:rule' keys (1-based lines, as Vim's).
let s:report = json_decode(join(readfile($FACTLSP_E2E_EXPECTED), "\n"))
let s:expected = sort(map(filter(copy(s:report.diagnostics), 'v:val.path ==# $FACTLSP_E2E_ARTICLE'),
\   'v:val.line . ":" . v:val.rule'))

execute 'edit ' . fnameescape($FACTLSP_E2E_WORKSPACE . '/' . $FACTLSP_E2E_ARTICLE)
set filetype=markdown
call s:Say(matchstr(execute('version'), 'VIM - Vi IMproved [0-9.]\+') . ', ALE; server: ' . join(s:cmd))
if FactlspRoot(bufnr('')) !=# fnamemodify($FACTLSP_E2E_WORKSPACE, ':p:h')
  call s:Fail('root detection found ' . FactlspRoot(bufnr('')))
endif
ALELint

function! s:Keys() abort
  return sort(map(copy(ale#engine#GetLoclist(bufnr(''))), 'v:val.lnum . ":" . get(v:val, "code", "")'))
endfunction
" The server may publish before its index is ready: wait for the set `factlsp check` gives.
let s:deadline = reltimefloat(reltime()) + str2float($FACTLSP_E2E_TIMEOUT_MS) / 1000
while reltimefloat(reltime()) < s:deadline && s:Keys() != s:expected
  sleep 100m
endwhile
let s:keys = s:Keys()
call s:Say('ALE shows ' . len(s:keys) . ' diagnostics for the article')
for s:rule in split($FACTLSP_E2E_REQUIRED_RULES)
  if empty(filter(copy(s:keys), 'v:val =~# ":" . s:rule . "$"'))
    call s:Fail('no ' . s:rule . ' diagnostic')
  else
    call s:Say('ok - diagnostic ' . s:rule . ' received')
  endif
endfor
if s:keys == s:expected
  call s:Say('ok - the ' . len(s:expected) . ' diagnostics equal `factlsp check` (line and rule)')
else
  call s:Fail('the diagnostics differ from `factlsp check`: got ' . string(s:keys) . ', expected ' . string(s:expected))
endif

call ale#lsp#StopAll()
call s:Say(s:failures == 0 ? 'all checks passed' : s:failures . ' check(s) failed')
execute s:failures == 0 ? 'qall!' : 'cquit 1'
