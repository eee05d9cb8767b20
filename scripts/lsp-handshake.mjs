// An LSP handshake with any factlsp command, as an editor starts one: `initialize` (with a
// workspace folder), `initialized`, `shutdown`, `exit`. Prints serverInfo and the time to the
// initialize answer; exits 0 only when every answer came and the server exited with code 0.
//
//   node scripts/lsp-handshake.mjs WORKSPACE_DIR COMMAND [ARGS…]     (COMMAND ARGS… serve is run)
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [workspace, command, ...args] = process.argv.slice(2);
if (!workspace || !command) {
  console.error('usage: node scripts/lsp-handshake.mjs WORKSPACE_DIR COMMAND [ARGS…]');
  process.exit(2);
}
const rootUri = pathToFileURL(resolve(workspace)).href;
const started = performance.now();
const server = spawn(command, [...args, 'serve'], { stdio: ['pipe', 'pipe', 'inherit'] });
const timer = setTimeout(() => fail('no answer within 60 s'), 60000);

function fail(why) {
  console.error(`lsp-handshake: ${why}`);
  server.kill();
  process.exit(1);
}

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}

const waiting = new Map();
function request(id, method, params) {
  send({ id, method, params });
  return new Promise((resolvePromise) => waiting.set(id, resolvePromise));
}

let buffer = Buffer.alloc(0);
server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: *(\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
    if (!Number.isFinite(length)) fail(`bad header: ${buffer.subarray(0, headerEnd).toString()}`);
    if (buffer.length < headerEnd + 4 + length) return;
    const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
    buffer = buffer.subarray(headerEnd + 4 + length);
    if ('id' in message && !('method' in message)) waiting.get(message.id)?.(message);
    else if ('id' in message) send({ id: message.id, result: null }); // a request of the server's (configuration, registration)
  }
});
server.on('error', (err) => fail(`could not start ${command}: ${err.message}`));

const init = await request(1, 'initialize', {
  processId: process.pid,
  clientInfo: { name: 'lsp-handshake' },
  rootUri,
  workspaceFolders: [{ uri: rootUri, name: 'workspace' }],
  capabilities: {},
});
const ms = performance.now() - started;
if (!init.result?.capabilities) fail(`initialize failed: ${JSON.stringify(init)}`);
send({ method: 'initialized', params: {} });
const shutdown = await request(2, 'shutdown', null);
if ('error' in shutdown) fail(`shutdown failed: ${JSON.stringify(shutdown.error)}`);
send({ method: 'exit' });
const code = await new Promise((resolvePromise) => server.on('exit', (c) => resolvePromise(c)));
clearTimeout(timer);
if (code !== 0) fail(`the server exited with code ${code}`);
const info = init.result.serverInfo ?? {};
console.log(`${info.name ?? '?'} ${info.version ?? '?'}: initialize answered in ${Math.round(ms)} ms, shut down cleanly`);
