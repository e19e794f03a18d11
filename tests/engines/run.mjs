// The cross-engine smoke suite (`npm run test:engines`): the same four checks in Firefox ESR
// (WebDriver BiDi, puppeteer-core) and WebKitGTK (WebKitWebDriver, selenium-webdriver) against
// the existing build in out/. Starts and stops its own server; builds nothing.
// ENGINES=firefox or ENGINES=webkit runs one engine; ENGINES_PORT picks the port (4280).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APT_LINE, enginePrerequisites, firefoxPath, miniBrowserPath, webkitDriverPath, xvfbPath } from '../../scripts/engine-paths.mjs';
import { deadEndProxy, staticServer } from './servers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ENGINES = ['firefox', 'webkit'];
// A guard against a hang, not a speed check: on a busy 2-core machine Firefox's 9-route check
// has taken 80–90 s (9 s when the machine is quiet).
const CHECK_TIMEOUT_MS = 240_000;

function fail(message) {
  console.error(message);
  process.exit(1);
}

const engines = (process.env.ENGINES ?? ENGINES.join(',')).split(',').map((e) => e.trim()).filter(Boolean);
const unknown = engines.filter((e) => !ENGINES.includes(e));
if (unknown.length > 0) fail(`Unknown engine ${unknown.join(', ')}: ENGINES takes ${ENGINES.join(', ')}.`);

if (!existsSync(path.join(root, 'out/index.html')) || !existsSync(path.join(root, 'out/sw.js'))) {
  fail('The cross-engine suite tests the build in out/, and there is none: run `npm run build` first.');
}

const missing = enginePrerequisites(engines).filter((item) => !item.path);
if (missing.length > 0) {
  const packages = [...new Set(missing.map((item) => item.package))];
  fail(
    'The cross-engine suite cannot run; missing:\n' +
      missing.map((item) => `  - ${item.what}: ${item.env && process.env[item.env] !== undefined ? `${item.env}=${process.env[item.env]} does not exist` : `not found${item.env ? ` (${item.env} can point at one)` : ''}`}; Debian package ${item.package}`).join('\n') +
      `\nInstall with:\n  sudo apt-get install -y ${packages.join(' ')}\n(or all of them: sudo ${APT_LINE})`,
  );
}

let adapters;
let CHECKS;
try {
  adapters = {
    firefox: engines.includes('firefox') ? (await import('./firefox.mjs')).openFirefox : null,
    webkit: engines.includes('webkit') ? (await import('./webkit.mjs')).openWebKit : null,
  };
  ({ CHECKS } = await import('./scenarios.mjs'));
} catch (error) {
  fail(`The cross-engine suite's drivers are not installed (${error.message}): run \`npm ci\`.`);
}

const port = Number(process.env.ENGINES_PORT ?? 4280);
const server = staticServer(port);
const proxy = await deadEndProxy();
const results = [];
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
// A browser's helper processes may still be writing caches as they exit: retry, never fail on it.
const removeDir = (dir) => rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => {});

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Runs one check in `session`. A check that fails by itself (it timed out or found the page
 * wrong), with no page error and no request to another host, may be a flaky engine rather
 * than the app: the caller tries it once more in a fresh browser and reports it as FLAKY.
 */
async function runCheck(check, session) {
  let status = 'pass';
  let note = '';
  let detail = '';
  try {
    await server.start();
    const outcome = (await withTimeout(check.run({ session, server }), CHECK_TIMEOUT_MS, check.title)) ?? {};
    note = outcome.note ?? '';
    if (outcome.limited) {
      status = 'LIMITED';
      note = outcome.limited;
    }
  } catch (error) {
    status = 'FAIL';
    detail = error.message;
  }
  const problems = [...(await Promise.resolve(session.problems()).catch(() => [])), ...proxy.take().map((r) => `blocked request to another host: ${r}`)];
  if (problems.length > 0) detail = [detail, ...problems].filter(Boolean).join('\n');
  return { status: problems.length > 0 ? 'FAIL' : status, note, detail, retryable: status === 'FAIL' && problems.length === 0 };
}

async function runEngine(engine) {
  const workDirs = [];
  const open = async () => {
    const workDir = await mkdtemp(path.join(tmpdir(), `backstride-${engine}-`));
    workDirs.push(workDir);
    const options = {
      origin: server.origin,
      proxyPort: proxy.port,
      workDir,
      executablePath: firefoxPath(),
      driverPath: webkitDriverPath(),
      miniBrowserPath: miniBrowserPath(),
      xvfbPath: xvfbPath(),
    };
    return withTimeout(adapters[engine](options), 60_000, `starting ${engine}`);
  };
  const started = Date.now();
  let session;
  try {
    session = await open();
    results.push({ engine, check: `start (${session.version})`, status: 'ok', ms: Date.now() - started });
  } catch (error) {
    results.push({ engine, check: 'start', status: 'FAIL', ms: Date.now() - started, detail: error.message });
    await Promise.all(workDirs.map(removeDir));
    return;
  }
  try {
    for (const check of CHECKS) {
      const t0 = Date.now();
      let result = await runCheck(check, session);
      if (result.retryable) {
        // The browser may be wedged (see README: WebKitGTK's stuck IndexedDB transactions), so the
        // second try gets a new one, which the later checks then use.
        const first = result.detail;
        await session.close().catch(() => {});
        session = null;
        session = await open();
        result = await runCheck(check, session);
        if (result.status === 'pass') result = { ...result, status: 'FLAKY', detail: first };
        else result = { ...result, detail: `first try: ${first}\nsecond try, in a fresh browser: ${result.detail}` };
      }
      results.push({ engine, check: check.title, status: result.status, ms: Date.now() - t0, note: result.note, detail: result.detail });
    }
  } catch (error) {
    results.push({ engine, check: 'restart', status: 'FAIL', ms: 0, detail: error.message });
  } finally {
    await session?.close().catch(() => {});
    await Promise.all(workDirs.map(removeDir));
  }
}

const suiteStarted = Date.now();
try {
  await server.start();
  for (const engine of engines) await runEngine(engine);
} finally {
  await server.stop().catch(() => {});
  await proxy.close();
}

const rows = [['engine', 'check', 'result', 'time', 'note'], ...results.map((r) => [r.engine, r.check, r.status, seconds(r.ms), r.note ?? ''])];
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
console.log(`\nCross-engine smoke suite, ${server.origin} (out/):`);
for (const row of rows) console.log(`  ${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')}`.trimEnd());
for (const engine of engines) {
  const own = results.filter((r) => r.engine === engine);
  console.log(`  ${engine}: ${seconds(own.reduce((sum, r) => sum + r.ms, 0))}`);
}
console.log(`  total: ${seconds(Date.now() - suiteStarted)}`);

const failed = results.filter((r) => r.status === 'FAIL');
for (const r of failed) console.error(`\n${r.engine} — ${r.check} failed:\n  ${r.detail.split('\n').join('\n  ')}`);
const flaky = results.filter((r) => r.status === 'FLAKY');
for (const r of flaky) console.warn(`\n${r.engine} — ${r.check}: FLAKY, failed once and passed in a fresh browser; the first try said:\n  ${r.detail.split('\n').join('\n  ')}`);
const limited = results.filter((r) => r.status === 'LIMITED');
for (const r of limited) console.warn(`\n${r.engine} — ${r.check}: NOT TESTED, a limitation of this engine build: ${r.note}`);
process.exit(failed.length > 0 ? 1 : 0);
