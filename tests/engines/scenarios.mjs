// The four smoke checks, written once against a small session interface that each engine's
// adapter (firefox.mjs, webkit.mjs) implements:
//   goto(path), reload(), run(fn, ...args) -> JSON, element(fn, ...args) -> handle | null,
//   click(handle), type(handle, text), upload(handle, file), downloadDir, problems() -> string[]
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { clickTarget, findControl, headings, liveText, serviceWorkerState, storeCounts, storeRecords } from './page.mjs';
import { waitUntil } from './wait.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DB_NAME = 'backstride';

/**
 * The routes and their headings, read from the Playwright fixtures so the list is kept in
 * one place, plus three pages outside the main navigation.
 */
export async function routes() {
  const source = await readFile(path.join(root, 'tests/e2e/fixtures.ts'), 'utf8');
  const block = /export const ROUTES = \[([\s\S]*?)\] as const/.exec(source)?.[1] ?? '';
  const listed = [...block.matchAll(/path:\s*'([^']+)',\s*heading:\s*'([^']+)'/g)].map(([, p, heading]) => ({ path: p, heading }));
  if (listed.length === 0) throw new Error('Could not read ROUTES from tests/e2e/fixtures.ts');
  return [...listed, { path: '/exercises', heading: 'Exercises' }, { path: '/welcome', heading: 'Welcome' }, { path: '/walk-test', heading: 'Walking test' }];
}

async function waitForHeading(session, heading, timeoutMs = 30_000) {
  const wanted = Array.isArray(heading) ? heading : [heading];
  return waitUntil(`an h1 "${wanted.join('" or "')}"`, async () => {
    const shown = await session.run(headings);
    return shown.find((text) => wanted.includes(text)) ?? false;
  }, timeoutMs);
}

/**
 * Clicks a control once a click would reach it: there, enabled, hydrated, in the middle of the
 * view, on top, and not moved since the last look (a part that loads late above it shifts it,
 * and a click at its old place is lost).
 */
async function press(session, role, name, timeoutMs = 10_000) {
  let last = null;
  const handle = await waitUntil(`the ${role} "${name}" to be clickable`, async () => {
    const found = await session.element(findControl, role, name);
    if (!found) return (last = null);
    const target = await session.run(clickTarget, found);
    const steady = last !== null && last.at === target.at;
    last = target;
    return steady && target.onTop && !target.loading && found;
  }, timeoutMs);
  await session.click(handle);
}

async function field(session, label, timeoutMs = 10_000) {
  return waitUntil(`the field "${label}"`, () => session.element(findControl, 'field', label), timeoutMs);
}

async function waitForLiveText(session, pattern, timeoutMs = 10_000) {
  let seen = '';
  return waitUntil(`a status or alert matching ${pattern}`, async () => {
    seen = await session.run(liveText);
    return pattern.test(seen) ? seen : false;
  }, timeoutMs).catch((error) => {
    throw new Error(`${error.message}; the page said: "${seen}"`);
  });
}

const counts = (session) => session.run(storeCounts, DB_NAME);

async function routesRender({ session }) {
  const list = await routes();
  for (const route of list) {
    await session.goto(route.path);
    await waitForHeading(session, route.heading);
  }
  return { note: `${list.length} routes` };
}

async function waitForControl(session, timeoutMs) {
  await waitUntil('the service worker to control the page', async () => (await session.run(serviceWorkerState)).controlled, timeoutMs).catch(async (error) => {
    throw new Error(`${error.message}; registrations: ${JSON.stringify((await session.run(serviceWorkerState)).registrations)}`);
  });
}

/**
 * The first visit: the worker installs (precaching every page) and takes control. Nothing
 * else navigates meanwhile: in WebKitGTK a navigation during the install can stall it (see
 * tests/engines/README.md).
 */
async function serviceWorker({ session }) {
  await session.goto('/');
  if (!(await session.run(serviceWorkerState)).supported) {
    return { limited: 'navigator.serviceWorker does not exist in this browser build, so nothing can work offline here' };
  }
  await waitForControl(session, 30_000);
  return { note: 'controls / after the first visit' };
}

async function offline({ session, server }) {
  await session.goto('/');
  if (!(await session.run(serviceWorkerState)).supported) {
    return { limited: 'navigator.serviceWorker does not exist in this browser build, so nothing can work offline here' };
  }
  await waitForControl(session, 30_000);
  const list = await routes();
  await server.stop();
  try {
    for (const route of list) {
      await session.goto(route.path);
      await waitForHeading(session, route.heading);
      if (!(await session.run(serviceWorkerState)).controlled) throw new Error(`${route.path} loaded offline but no service worker controls it`);
      await session.reload();
      await waitForHeading(session, route.heading);
    }
  } finally {
    await server.start();
  }
  return { note: `server stopped; ${list.length} routes opened and reloaded` };
}

async function player({ session }) {
  await session.goto('/session?routine=quick-reset');
  await press(session, 'button', 'Start');
  const summary = ['Well done', 'Session ended'];
  let skips = 0;
  const reached = await waitUntil('the session summary', async () => {
    const shown = (await session.run(headings)).find((text) => summary.includes(text));
    if (shown) return shown;
    const skip = await session.element(findControl, 'button', 'Skip');
    if (skip) {
      await session.click(skip);
      skips += 1;
    }
    return false;
  }, 30_000, 10);
  const records = await waitUntil('the session record in IndexedDB', async () => {
    const all = await session.run(storeRecords, DB_NAME, 'sessions');
    return all.length > 0 && all;
  });
  const ids = records.map((r) => r.routineId);
  if (ids.length !== 1 || ids[0] !== 'quick-reset') throw new Error(`expected one quick-reset session in IndexedDB, found ${JSON.stringify(ids)}`);
  return { note: `${skips} skips to "${reached}"; 1 record` };
}

async function downloadedBackup(dir, timeoutMs = 15_000) {
  return waitUntil(`a backup file in ${dir}`, async () => {
    const names = (await readdir(dir)).filter((name) => /^backstride-backup-.*\.json$/.test(name));
    if (names.length === 0) return false;
    const file = path.join(dir, names[0]);
    // The engine may still be writing it: done when it parses.
    const text = await readFile(file, 'utf8');
    return { file, backup: JSON.parse(text) };
  }, timeoutMs);
}

function sameCounts(tables, a, b) {
  return tables.every((table) => (a?.[table] ?? 0) === (b?.[table] ?? 0));
}

async function backup({ session }) {
  // A few records made the way a person makes them: the suggested plan, a check-in, and the
  // session from the player check.
  await session.goto('/');
  await waitForHeading(session, 'Today');
  const welcome = await waitUntil('Today to load', async () => {
    if (await session.element(findControl, 'button', 'Skip and use the suggested plan')) return 'welcome';
    return (await session.element(findControl, 'button', 'Save check-in')) ? 'today' : false;
  });
  if (welcome === 'welcome') await press(session, 'button', 'Skip and use the suggested plan');
  await session.type(await field(session, 'How tight is your back right now? (0–10)'), '3');
  await press(session, 'button', 'Save check-in');
  await waitForLiveText(session, /Saved: 3 out of 10\./);
  const before = await counts(session);

  await session.goto('/settings');
  await rm(session.downloadDir, { recursive: true, force: true });
  await mkdir(session.downloadDir, { recursive: true });
  await press(session, 'button', 'Back up your data to a file');
  await waitForLiveText(session, /Saved backstride-backup-.*\.json\./);
  const { file, backup: exported } = await downloadedBackup(session.downloadDir);
  const tables = Object.keys(exported.data ?? {}).filter((key) => Array.isArray(exported.data[key]) && key in (before ?? {}));
  if (tables.length === 0) throw new Error(`the backup file has no record tables: ${JSON.stringify(Object.keys(exported.data ?? {}))}`);
  const inFile = Object.fromEntries(tables.map((table) => [table, exported.data[table].length]));
  if (!sameCounts(tables, inFile, before)) throw new Error(`the file's counts ${JSON.stringify(inFile)} differ from IndexedDB's ${JSON.stringify(before)}`);
  const total = tables.reduce((sum, table) => sum + inFile[table], 0);
  if ((before.checkIns ?? 0) < 1 || (before.plan ?? 0) < 1) throw new Error(`seeding made too little to compare: ${JSON.stringify(before)}`);

  await press(session, 'button', 'Delete all my data');
  await session.type(await field(session, 'Type DELETE to confirm'), 'DELETE');
  await press(session, 'button', 'Delete everything');
  await waitForLiveText(session, /All your data was deleted from this device\./);
  const emptied = await counts(session);
  const left = tables.filter((table) => (emptied?.[table] ?? 0) !== 0);
  if (left.length > 0) throw new Error(`delete everything left records in ${left.join(', ')}: ${JSON.stringify(emptied)}`);

  await session.upload(await field(session, 'Backup file'), file);
  await waitForLiveText(session, /The file is a valid backup\./);
  await press(session, 'button', 'Merge');
  await waitForLiveText(session, /Backup merged\./);
  const after = await waitUntil('the imported records', async () => {
    const now = await counts(session);
    return sameCounts(tables, now, before) && now;
  }, 5_000).catch(async () => counts(session));
  if (!sameCounts(tables, after, before)) throw new Error(`counts after import ${JSON.stringify(after)} differ from before ${JSON.stringify(before)}`);
  return { note: `${total} records in ${tables.length} stores (${tables.filter((t) => inFile[t] > 0).map((t) => `${t} ${inFile[t]}`).join(', ')})` };
}

export const CHECKS = [
  { id: 'sw', title: 'service worker takes control', run: serviceWorker },
  { id: 'routes', title: 'every route renders its h1', run: routesRender },
  { id: 'offline', title: 'server stopped: every route reloads', run: offline },
  { id: 'player', title: 'quick reset to summary, in IndexedDB', run: player },
  { id: 'backup', title: 'backup export, delete, import: counts', run: backup },
];
