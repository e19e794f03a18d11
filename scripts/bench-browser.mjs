// Browser half of `npm run bench`: plays a real routine in Chromium against the static
// export and measures when the countdown and the phase title change on screen, against the
// ideal schedule the engine saved in IndexedDB. Drift = observed - ideal, in ms.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from '@playwright/test';
import handler from 'serve-handler';
import { chromiumPath } from './chromium-path.mjs';

export const ROUTINE = 'walk-ready';
/** An observation may sit this far outside a phase and still be matched to it. */
const WINDOW_MS = 1_000;

// Runs in the page before any app script: records every change of the countdown text or the
// phase title, stamped in the same epoch milliseconds the engine uses.
function recordChanges() {
  const records = [];
  window.__benchRecords = records;
  let lastText;
  let lastTitle;
  const check = () => {
    const t = performance.timeOrigin + performance.now();
    const text = document.querySelector('[role="timer"]')?.textContent ?? null;
    const title = document.querySelector('.player-title')?.textContent ?? null;
    if (text === lastText && title === lastTitle) return;
    records.push({ t, d: Date.now(), text, title, textChanged: text !== lastText, titleChanged: title !== lastTitle });
    lastText = text;
    lastTitle = title;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
}

// Runs in the page: snapshots the records first, then reads the saved session, so every
// record falls inside the schedule that the snapshot describes.
function readResults() {
  const records = [...window.__benchRecords];
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('backstride');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('kv', 'readonly').objectStore('kv').get('active-session');
      get.onerror = () => reject(get.error);
      get.onsuccess = () => {
        db.close();
        resolve({ records, active: get.result?.value ?? null });
      };
    };
  });
}

function ensureBuild(root) {
  if (existsSync(path.join(root, 'out', 'session.html'))) return;
  console.error('bench: out/session.html is missing, running npm run build…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
}

/** Serves a build folder (out/ by default) with the app's serve.json, on a free port. */
export async function serveOut(root, outDir = path.join(root, 'out')) {
  const config = { ...JSON.parse(readFileSync(path.join(root, 'serve.json'), 'utf8')), public: outDir };
  const server = http.createServer((req, res) => handler(req, res, config));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function runBrowserBench(root, seconds) {
  ensureBuild(root);
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found (set CHROMIUM_PATH)');
  const server = await serveOut(root);
  const browser = await chromium.launch({
    executablePath,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.addInitScript(recordChanges);
    await page.goto(`${server.url}/session?routine=${ROUTINE}`);
    await page.locator('[role="timer"]').filter({ hasText: /^\d+(:\d\d)?$/ }).waitFor();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    console.error(`bench: playing ${ROUTINE} in Chromium for ${seconds} s…`);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    const { records, active } = await page.evaluate(readResults);
    if (!active) throw new Error('No active session in IndexedDB after the run');
    // For a closer look at one run: the raw observations and the saved engine state.
    if (process.env.BENCH_BROWSER_DUMP) writeFileSync(process.env.BENCH_BROWSER_DUMP, JSON.stringify({ records, state: active.state }));
    return { ...analyzeDrift(records, active.state), seconds, pageErrors, version: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Ideal span of every phase reached so far: log entries plus the current phase. */
function idealSpans(state) {
  const spans = state.log.map((r) => ({ index: r.phaseIndex, start: r.startedAt, end: r.endedAt }));
  if (state.status !== 'finished' && state.phaseStartedAt !== null) {
    spans.push({ index: state.phaseIndex, start: state.phaseStartedAt, end: state.phaseEndsAt });
  }
  return spans;
}

/** The player shows whole seconds under a minute ("30") and m:ss from a minute on ("1:30"). */
function parseClock(text) {
  const match = /^(?:(\d+):(\d\d)|(\d+))$/.exec(text ?? '');
  if (!match) return null;
  return match[3] !== undefined ? Number(match[3]) : Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Matches each countdown change to the phase it belongs to and measures its drift. Near a
 * boundary a change can belong to either side ("0:00" of the old phase, the new phase's
 * full count a few ms later), so among the timed phases whose span (widened by WINDOW_MS)
 * holds the observation, the one that explains the shown value best wins.
 */
export function analyzeDrift(records, state, clock = 't') {
  const spans = idealSpans(state);
  const startedAt = state.startedAt ?? Infinity;
  const timed = spans.filter((s) => s.end !== null && state.phases[s.index]?.durationMs != null);
  const countdown = [];
  let unmatched = 0;
  for (const record of records) {
    const at = record[clock];
    if (!record.textChanged || at < startedAt) continue;
    const value = parseClock(record.text);
    let best = null;
    for (const span of timed) {
      if (value === null || at < span.start - WINDOW_MS || at > span.end + WINDOW_MS) continue;
      const phase = state.phases[span.index];
      if (value * 1000 > phase.durationMs) continue;
      const drift = at - (span.end - value * 1000);
      if (best === null || Math.abs(drift) < Math.abs(best.drift)) {
        const atStart = value * 1000 === phase.durationMs;
        best = { drift, text: record.text, phase: span.index, kind: phase.kind, atStart, atBoundary: atStart || value === 0 };
      }
    }
    if (best === null) {
      // Untimed phases count up; their changes are not part of this measurement.
      const inUntimed = spans.some(
        (s) => state.phases[s.index]?.durationMs == null && at >= s.start && (s.end === null || at < s.end + WINDOW_MS),
      );
      if (!inUntimed) unmatched++;
    } else {
      countdown.push(best);
    }
  }

  // Titles change only at phase starts (and not between reps of one exercise): compare each
  // change with the nearest ideal phase start after the first.
  const starts = spans.slice(1).map((s) => s.start);
  const title = records
    .filter((r) => r.titleChanged && r[clock] >= startedAt && starts.length > 0)
    .map((r) => starts.reduce((best, s) => (Math.abs(r[clock] - s) < Math.abs(best) ? r[clock] - s : best), Infinity));

  const clockGap = records.map((r) => r.d - r.t);
  const worst = countdown.reduce((a, b) => (a === null || b.drift > a.drift ? b : a), null);
  return {
    countdown: stats(countdown.map((c) => c.drift)),
    // A boundary change also waits for React to render the next phase; within a phase only the frame.
    countdownWithin: stats(countdown.filter((c) => !c.atBoundary).map((c) => c.drift)),
    countdownBoundary: stats(countdown.filter((c) => c.atBoundary).map((c) => c.drift)),
    worst,
    title: stats(title),
    unmatched,
    phasesReached: spans.length,
    boundaries: Math.max(0, spans.length - 1),
    clockOffsetMs: clockGap.length ? percentile(clockGap, 0.5) : null,
  };
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

function stats(values) {
  if (values.length === 0) return { n: 0, min: null, median: null, p95: null, max: null };
  return {
    n: values.length,
    min: Math.min(...values),
    median: percentile(values, 0.5),
    p95: percentile(values, 0.95),
    max: Math.max(...values),
  };
}
