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
    const value = await page.evaluate(fn, arg).catch(() => undefined);
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

/** The rows of the Problems panel, as VS Code labels them for screen readers. */
const problemRows = () =>
  [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((r) => r.getAttribute('aria-label') ?? '');

/** The status bar item of the extension (id `<extension id>.factlsp.status`). */
const statusText = () => {
  const item = [...document.querySelectorAll('.statusbar-item')].find((e) => (e.id ?? '').endsWith('factlsp.status'));
  return item && item.offsetParent !== null ? item.textContent.trim() : '';
};

try {
  log(`opening ${url}`);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench', { timeout });
  await waitFor('the explorer to show the workspace', () =>
    [...document.querySelectorAll('.explorer-folders-view .monaco-list-row')].length > 0);
  await screenshot('workbench');

  // Open the article through Quick Open, as a user would.
  await page.keyboard.down('Control');
  await page.keyboard.press('p');
  await page.keyboard.up('Control');
  await page.waitForSelector('.quick-input-widget .quick-input-box input', { visible: true });
  await page.keyboard.type(articleName, { delay: 5 });
  await waitFor(`${articleName} in Quick Open`, (n) =>
    [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) => (r.getAttribute('aria-label') ?? '').includes(n)), articleName);
  await page.keyboard.press('Enter');
  await waitFor(`the editor tab of ${articleName}`, (n) =>
    [...document.querySelectorAll('.tab.active')].some((t) => t.textContent.includes(n)), articleName);

  // Activation with the bundled server and no setting: the status bar item appears only once the
  // server answers factlsp/documentStats for the article.
  const status = await waitFor('the FactLsp status bar item', statusText);
  await screenshot('article-and-status-bar');
  check(/\d+ quotes, \d+ verified/.test(status), `status bar shows the article's quotes: "${status}"`);

  // Diagnostics: the Problems panel, maximised so that every row is rendered.
  await runCommand('View: Focus Problems');
  await runCommand('View: Toggle Maximized Panel');
  await sleep(500);
  await screenshot('problems');
  log(`problem rows: ${JSON.stringify(await page.evaluate(problemRows))}`);
  writeFileSync(join(artifacts, 'problems.json'), JSON.stringify(await page.evaluate(problemRows), null, 2));
  log(`expected: ${JSON.stringify(expected).slice(0, 2000)}`);
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
