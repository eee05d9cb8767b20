// End-to-end test of the packaged FactLsp extension in real VS Code (code-server), driven through
// its user interface by Debian's Chromium (puppeteer-core). Started by scripts/test-vscode.sh,
// which installs the .vsix into a fresh profile, starts code-server on the example workspace and
// passes what this script needs in the environment:
//   FACTLSP_VSCODE_URL       the workbench URL (with ?folder=)
//   FACTLSP_VSCODE_CHROMIUM  the Chromium executable
//   FACTLSP_VSCODE_ARTIFACTS the folder for screenshots
//   FACTLSP_E2E_*            the example's facts and `factlsp check --format json` (scripts/e2e-workspace.sh)
// Everything is read from what VS Code shows: the Problems panel, the hover widget, the editor tab
// that go-to-definition opens, the quick fix menu, the status bar.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const url = env('FACTLSP_VSCODE_URL');
const artifacts = env('FACTLSP_VSCODE_ARTIFACTS');
const article = env('FACTLSP_E2E_ARTICLE');
const articleName = article.split('/').pop();
const hoverName = env('FACTLSP_E2E_HOVER_NAME');
const timeout = Number(process.env.FACTLSP_E2E_TIMEOUT_MS ?? 45000);
const expected = JSON.parse(readFileSync(env('FACTLSP_E2E_EXPECTED'), 'utf8'));
mkdirSync(artifacts, { recursive: true });

const log = (msg) => process.stderr.write(`test-vscode: ${msg}\n`);
const failures = [];
const check = (ok, what) => {
  log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
  return ok;
};

const browser = await puppeteer.launch({
  executablePath: env('FACTLSP_VSCODE_CHROMIUM'),
  headless: true,
  userDataDir: env('FACTLSP_VSCODE_BROWSER_PROFILE'),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--window-size=1600,1000',
  ],
  defaultViewport: { width: 1600, height: 1000 },
});
let shot = 0;
const page = await browser.newPage();
const screenshot = async (name) => {
  const file = join(artifacts, `${String(++shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  log(`screenshot ${file}`);
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls fn (run in the page) until it returns a truthy value, or throws after `ms`. */
async function waitFor(what, fn, arg, ms = timeout) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await page.evaluate(fn, arg).catch((e) => { if (process.env.FACTLSP_VSCODE_DEBUG) log(String(e)); return undefined; });
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

/** Runs a command by its title from the command palette (F1), as a user would. */
async function runCommand(title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget .quick-input-box input', { visible: true });
  await page.keyboard.type(title, { delay: 5 });
  await waitFor(`the command "${title}" in the palette`, (t) =>
    [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) =>
      (r.getAttribute('aria-label') ?? '').startsWith(t)), title);
  await page.keyboard.press('Enter');
  await sleep(300);
}

/** Moves the cursor of the active editor to a 1-based line and column (Go to Line). */
async function goTo(line, column) {
  await page.keyboard.down('Control');
  await page.keyboard.press('g');
  await page.keyboard.up('Control');
  await page.waitForSelector('.quick-input-widget .quick-input-box input', { visible: true });
  await page.keyboard.type(`${line}:${column}`);
  await sleep(200);
  await page.keyboard.press('Enter');
  await sleep(300);
}

/** The status bar item of the extension (id `<extension id>.factlsp.status`). */
function statusText() {
  const item = [...document.querySelectorAll('.statusbar-item')].find((e) => (e.id ?? '').endsWith('factlsp.status'));
  return item && item.offsetParent !== null ? item.textContent.trim() : '';
}


/**
 * The FactLsp rows of the Problems panel as "file severity rule line:column message", sorted, read
 * from each row's screen-reader label and its source code ("factlsp(rule)"); related-information
 * rows are skipped. Returns undefined until `count` rows are there (when count is given).
 */
function readProblems(count) {
  const rows = readProblemsIn();
  return count === undefined || rows.length === count ? rows : undefined;
}
function readProblemsIn() {
  const out = [];
  let file = '';
  for (const row of document.querySelectorAll('.markers-panel .monaco-list-row')) {
    const label = row.getAttribute('aria-label') ?? '';
    const inFile = /^\d+ problems? in file (\S+)/.exec(label);
    if (inFile) { file = inFile[1]; continue; }
    const m = /^(Error|Warning|Info|Hint): ([\s\S]*) at line (\d+) and character (\d+)\.[\s\S]* generated by factlsp$/.exec(label);
    // The source and code render as "factlsp(rule)"; the brackets are CSS, not text.
    const rule = /factlsp\(?([a-z][a-z-]*)\)?\[Ln \d+, Col \d+\]$/.exec(row.textContent ?? '');
    if (!m || !rule) continue;
    out.push(`${file} ${m[1].toLowerCase()} ${rule[1]} ${m[3]}:${m[4]} ${m[2]}`);
  }
  return out.sort();
}

/** Opens a workspace file by name through Quick Open (Ctrl+P), as a user would. */
async function openFile(name) {
  await page.keyboard.down('Control');
  await page.keyboard.press('p');
  await page.keyboard.up('Control');
  await page.waitForSelector('.quick-input-widget .quick-input-box input', { visible: true });
  await page.keyboard.type(name, { delay: 5 });
  await waitFor(`${name} in Quick Open`, (n) =>
    [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) => (r.getAttribute('aria-label') ?? '').includes(n)), name);
  await page.keyboard.press('Enter');
  await waitFor(`the editor tab of ${name}`, (n) =>
    [...document.querySelectorAll('.tab.active')].some((t) => t.textContent.includes(n)), name);
}

/** Brings an open editor to the front by clicking its tab. */
async function clickTab(name) {
  const tabs = await page.$$('.tab');
  for (const tab of tabs) {
    if ((await tab.evaluate((t) => t.textContent)).includes(name)) {
      await tab.click();
      break;
    }
  }
  await waitFor(`the editor tab of ${name}`, (n) =>
    [...document.querySelectorAll('.tab.active')].some((t) => t.textContent.includes(n)), name);
}

try {
  // The page-side helpers, defined in the page before the workbench loads.
  await page.evaluateOnNewDocument(`${readProblemsIn}\n${readProblems}\n${statusText}\nwindow.readProblemsIn = readProblemsIn; window.readProblems = readProblems; window.statusText = statusText;`);
  log(`opening ${url}`);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench', { timeout });
  await waitFor('the explorer to show the workspace', () =>
    [...document.querySelectorAll('.explorer-folders-view .monaco-list-row')].length > 0);
  await screenshot('workbench');

  await openFile(articleName);

  // Activation with the bundled server and no setting: the status bar item appears only once the
  // server answers factlsp/documentStats for the article.
  const status = await waitFor('the FactLsp status bar item', statusText);
  await screenshot('article-and-status-bar');
  check(/\d+ quotes, \d+ verified/.test(status), `status bar shows the article's quotes: "${status}"`);

  // Which server runs, and why: the extension says so in its output channel.
  await runCommand('Output: Show Output Channels...');
  await page.keyboard.type('FactLsp', { delay: 5 });
  await waitFor('FactLsp in the list of output channels', () =>
    [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) => (r.getAttribute('aria-label') ?? '').startsWith('FactLsp')));
  await page.keyboard.press('Enter');
  const why = 'the server bundled with the extension (factlsp.server.path is not set)';
  const bundled = await waitFor('the output channel to name the bundled server', (w) =>
    [...document.querySelectorAll('.part.panel .monaco-editor .view-line')].some((l) => l.textContent.replace(/\u00a0/g, ' ').includes(w)), why)
    .catch(() => false);
  await screenshot('output-channel');
  check(bundled, `the FactLsp output channel says it runs ${why}`);

  // Diagnostics: the Problems panel, maximised so that every row is rendered. VS Code lists no
  // hints there (by design), so the CLI's hints are left out of the comparison.
  await runCommand('View: Focus Problems');
  await runCommand('View: Toggle Maximized Panel');
  const want = expected.diagnostics
    .filter((d) => d.severity !== 'hint')
    .map((d) => `${d.path.split('/').pop()} ${d.severity} ${d.rule} ${d.line}:${d.column} ${d.message}`)
    .sort();
  const shown = await waitFor(`${want.length} FactLsp problems in the Problems panel`, readProblems, want.length, timeout)
    .catch(async () => page.evaluate(() => readProblemsIn()));
  await screenshot('problems');
  writeFileSync(join(artifacts, 'problems.json'), JSON.stringify(shown, null, 2));
  const same = JSON.stringify(shown) === JSON.stringify(want);
  check(same, `the Problems panel lists the ${want.length} diagnostics (hints aside) of factlsp check --format json`);
  if (!same) {
    for (const w of want.filter((x) => !shown.includes(x))) log(`  missing: ${w}`);
    for (const x of shown.filter((y) => !want.includes(y))) log(`  unexpected: ${x}`);
  }
  const misquote = expected.diagnostics.find((d) => d.rule === 'misquote' && d.path === article && d.fixes.length > 0);
  if (!check(misquote !== undefined, 'the CLI reports a misquote with a fix in the article')) throw new Error('no misquote to work with');
  await runCommand('View: Toggle Maximized Panel');
  await runCommand('View: Hide Panel');

  // Hover on the misquoted quotation: it names its speaker.
  const inQuote = { line: misquote.line, column: misquote.column + 3 };
  await goTo(inQuote.line, inQuote.column);
  await runCommand('Show or Focus Hover');
  // The problem's part of the hover shows first; the server's part follows when it answers (late on
  // a loaded machine): wait for it, and report whatever shows if it never comes.
  const readHover = () => {
    const h = [...document.querySelectorAll('.monaco-hover')].find((e) => e.offsetParent !== null && e.textContent.trim());
    return h ? h.textContent : '';
  };
  const hover = await waitFor('the server\'s hover', (name) => {
    const h = [...document.querySelectorAll('.monaco-hover')].find((e) => e.offsetParent !== null && e.textContent.includes(`Speaker: ${name}`));
    return h ? h.textContent : '';
  }, hoverName).catch(() => page.evaluate(readHover));
  await screenshot('hover');
  const speakerAt = Math.max(0, hover.indexOf('Speaker:'));
  check(hover.includes(`Speaker: ${hoverName}`), `the hover names ${hoverName}: "${hover.slice(speakerAt, speakerAt + 80).replace(/\s+/g, ' ')}"`);
  await page.keyboard.press('Escape');

  // Go to source (Go to Definition, F12) opens the source at the passage.
  const passage = misquote.related[0];
  const sourceName = passage.path.split('/').pop();
  await goTo(inQuote.line, inQuote.column);
  await page.keyboard.press('F12');
  await waitFor(`the editor tab of ${sourceName}`, (n) =>
    [...document.querySelectorAll('.tab.active')].some((t) => t.textContent.includes(n)), sourceName);
  // The status bar may still show the article's cursor for a moment after the tab switches.
  const readPosition = () => [...document.querySelectorAll('.statusbar-item')].map((e) => e.textContent.trim()).find((t) => /^Ln \d+, Col \d+/.test(t));
  const position = await waitFor(`the cursor on line ${passage.line}`, (line) =>
    [...document.querySelectorAll('.statusbar-item')].map((e) => e.textContent.trim()).find((t) => t.startsWith(`Ln ${line},`)), passage.line)
    .catch(() => page.evaluate(readPosition));
  await screenshot('go-to-source');
  check(position.startsWith(`Ln ${passage.line},`), `go to source opens ${sourceName} at line ${passage.line}: "${position}"`);

  // The quick fix of the misquote, from the light bulb menu (Ctrl+.), applied: its diagnostic goes.
  await clickTab(articleName);
  await goTo(misquote.line, misquote.column);
  await page.keyboard.down('Control');
  await page.keyboard.press('.');
  await page.keyboard.up('Control');
  const fixTitle = misquote.fixes[0].title;
  await waitFor(`"${fixTitle}" in the quick fix menu`, (t) =>
    [...document.querySelectorAll('.action-widget .monaco-list-row')].some((r) => r.textContent.includes(t)), fixTitle);
  await screenshot('quick-fix-menu');
  await page.evaluate((t) => {
    const row = [...document.querySelectorAll('.action-widget .monaco-list-row')].find((r) => r.textContent.includes(t));
    row.scrollIntoView();
  }, fixTitle);
  const rows = await page.$$('.action-widget .monaco-list-row');
  for (const row of rows) {
    if ((await row.evaluate((r) => r.textContent)).includes(fixTitle)) {
      await row.click();
      break;
    }
  }
  // The edit is in the editor (Monaco renders spaces as no-break spaces).
  const newText = misquote.fixes[0].edits[0].newText;
  const edited = await waitFor('the fix in the editor', (t) =>
    [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent.replace(/\u00a0/g, ' ').includes(t)), newText)
    .catch(() => false);
  check(edited, `the article now quotes "${newText}"`);
  const misquoteRow = `${articleName} warning misquote ${misquote.line}:${misquote.column} ${misquote.message}`;
  await runCommand('View: Focus Problems');
  await runCommand('View: Toggle Maximized Panel');
  const after = await waitFor('the misquote to leave the Problems panel', (args) => {
    const p = readProblemsIn();
    return p.length === args.count && !p.includes(args.row) ? p : undefined;
  }, { count: want.length - 1, row: misquoteRow }).catch((e) => { log(String(e)); return undefined; });
  await screenshot('after-quick-fix');
  if (!check(after !== undefined, `after "${fixTitle}", the misquote is gone and ${want.length - 1} problems remain`)) {
    log(`  the panel shows: ${JSON.stringify(await page.evaluate(() => readProblemsIn()))}`);
  }
  const statusAfter = await waitFor('the status bar without a misquote', () => {
    const t = statusText();
    return t && !/misquote/.test(t) ? t : '';
  }).catch(() => '');
  check(statusAfter !== '', `the status bar counts no misquote any more: "${statusAfter}"`);
} catch (error) {
  failures.push(String(error?.stack ?? error));
  log(`FAIL ${error?.stack ?? error}`);
  await screenshot('failure').catch(() => {});
} finally {
  await browser.close();
}

if (failures.length > 0) {
  log(`${failures.length} check(s) failed`);
  process.exit(1);
}
log('all checks passed');
