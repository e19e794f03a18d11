// Progress half of `npm run bench`: ten years of seeded daily use (scripts/bench-data.ts).
//   1. compute: every figure the progress screen shows, computed as ProgressScreen and its
//      children compute them, timed in Node over many runs
//   2. browser: the same records written into IndexedDB, then /progress loaded in Chromium
//      until the streak, calendar, charts and history are on screen; load time and JS heap
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { serveOut } from './bench-browser.mjs';
import { withLib } from './bench-engine.mjs';
import { chromiumPath } from './chromium-path.mjs';

export const COMPUTE_RUNS = 20;
const COMPUTE_WARMUPS = 3;
export const PAGE_LOADS = 5;
// SessionHistory.tsx exports its page size; reading it here would pull React into the
// benchmark, so tests/component/progress/bench-sizes.test.tsx keeps the two equal.
const HISTORY_PAGE = 20;
/** Accessible names of the four charts (components/progress/Charts.tsx), by their start. */
const CHART_LABELS = ['Habit strength over', 'Weekly adherence for', 'Tightness from', 'Minutes walked before'];

export const STEPS = [
  ['view', 'progressView(): streaks, habit strength, adherence, calendar, trends'],
  ['calendar', 'calendar months, cell names, summaries'],
  ['history', `history, first page (${HISTORY_PAGE})`],
];

async function loadLib(load) {
  return {
    days: await load('/lib/days/index.ts'),
    view: await load('/components/progress/progress-view.ts'),
    content: await load('/lib/content/index.ts'),
    types: await load('/lib/model/index.ts'),
    data: await load('/scripts/bench-data.ts'),
  };
}

/**
 * What ProgressScreen shows: progressView() as its useMemo calls it, then what its children
 * derive while rendering (the heatmap's months, summaries and cell names; the history's sort
 * and first page). `tick` is called once with 'view' and then after each child step.
 */
function progressFigures(lib, rows, now, tick = () => {}) {
  const { view, content, types } = lib;
  const { sessions } = rows;
  // The screen passes the onboarding baseline; the seeded onboarding was skipped, so none.
  const figures = view.progressView({ ...rows, settings: types.DEFAULT_SETTINGS, baseline: undefined }, now);
  const { today } = figures;
  const series = figures.strength.series.slice(-view.TREND_DAYS);
  tick('view');
  const months = view.groupByMonth(figures.days).map((month) => ({
    title: month.title,
    summary: view.monthSummary(month),
    cells: month.days.map(view.dayCellName),
  }));
  tick('calendar');
  const newestFirst = (a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
  const page = [...sessions]
    .sort(newestFirst)
    .slice(0, HISTORY_PAGE)
    .map((s) => `${view.formatDay(s.day, today)}, ${content.getRoutine(s.routineId)?.name ?? 'A routine no longer in the app'}`);
  tick('history');
  return {
    today,
    empty: figures.empty,
    streak: figures.streak,
    strength: figures.strength.score,
    series,
    adherence: figures.adherence,
    calendar: figures.days,
    months,
    tightness: figures.tightness.days,
    tolerance: figures.tolerance,
    page,
  };
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

const summary = (values) => ({ n: values.length, median: percentile(values, 0.5), p95: percentile(values, 0.95), max: Math.max(...values) });

/** Seeds the data and times the figures; returns the rows for the browser half as well. */
export async function runProgressCompute(root, now = Date.now()) {
  return withLib(root, async (load) => {
    const lib = await loadLib(load);
    const { rolloverHour } = lib.types.DEFAULT_SETTINGS;
    const today = lib.days.dayKey(now, rolloverHour);
    const seed = Number(process.env.BENCH_SEED ?? lib.data.BENCH_DEFAULTS.seed);
    const t0 = performance.now();
    const rows = lib.data.benchData({ today, now, rolloverHour, seed });
    const seedMs = performance.now() - t0;

    const totals = [];
    const steps = Object.fromEntries(STEPS.map(([key]) => [key, []]));
    let figures;
    for (let run = 0; run < COMPUTE_WARMUPS + COMPUTE_RUNS; run++) {
      const began = performance.now();
      let last = began;
      const lap = [];
      figures = progressFigures(lib, rows, now, (step) => {
        const t = performance.now();
        lap.push([step, t - last]);
        last = t;
      });
      if (run < COMPUTE_WARMUPS) continue;
      totals.push(last - began);
      for (const [step, ms] of lap) steps[step].push(ms);
    }

    const first = rows.sessions[0]?.day;
    return {
      seed,
      seedMs,
      rows,
      counts: {
        from: first,
        today,
        plan: rows.plan.length,
        sessions: rows.sessions.length,
        completed: rows.sessions.filter((s) => s.completed).length,
        rated: rows.sessions.filter((s) => s.effort !== undefined || s.tightness !== undefined).length,
        checkIns: rows.checkIns.length,
        walks: rows.walks.length,
        skip: rows.marks.filter((m) => m.kind === 'skip').length,
        flare: rows.marks.filter((m) => m.kind === 'flare').length,
      },
      total: summary(totals),
      steps: STEPS.map(([key, label]) => ({ key, label, ...summary(steps[key]) })),
      figures: {
        today: figures.today,
        streak: figures.streak,
        strength: Math.round(figures.strength),
        calendarDays: figures.calendar.length,
        strengthDays: figures.series.length,
        adherenceWeeks: figures.adherence.length,
        tightnessDays: figures.tightness.length,
        tolerancePoints: figures.tolerance.length,
        historyShown: figures.page.length,
      },
    };
  });
}

/* Browser --------------------------------------------------------------------------------- */


// Runs in every page before the app: notes (in ms since navigation start) when each part of
// the progress screen is in the DOM, then the start of the next frame after all of them.
function watchProgress({ calendarDays, historyShown, chartLabels }) {
  const seen = {};
  window.__benchProgress = null;
  const ready = {
    streaks: () => {
      const values = [...document.querySelectorAll('main .stat .stat-value')].map((e) => e.textContent ?? '');
      return values.length === 3 && /^\d+$/.test(values[0]) && /^\d+$/.test(values[1]) && /^\d+ %$/.test(values[2]);
    },
    calendar: () => document.querySelectorAll('main [role="grid"] [role="gridcell"][data-day]').length === calendarDays,
    charts: () => {
      const labels = [...document.querySelectorAll('main svg[role="img"]')].map((e) => e.getAttribute('aria-label') ?? '');
      return chartLabels.every((start) => labels.some((label) => label.startsWith(start)));
    },
    history: () => document.querySelectorAll('main ul[aria-label^="Sessions, newest first"] > li').length === historyShown,
  };
  const observer = new MutationObserver(() => {
    const t = performance.now();
    for (const [part, test] of Object.entries(ready)) if (seen[part] === undefined && test()) seen[part] = t;
    if (Object.keys(seen).length < Object.keys(ready).length) return;
    observer.disconnect();
    const inDom = t;
    requestAnimationFrame(() => {
      const frame = performance.now();
      const nav = performance.getEntriesByType('navigation')[0];
      window.__benchProgress = {
        ...seen,
        inDom,
        frame,
        domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
        heap: performance.memory?.usedJSHeapSize ?? null,
        shown: [...document.querySelectorAll('main .stat .stat-value')].map((e) => e.textContent),
      };
    });
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

// Runs in the page: every seeded record in one readwrite transaction, over whatever was there.
function writeRecords({ rows, onboarding }) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('backstride');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const stores = ['plan', 'sessions', 'checkIns', 'walks', 'dayMarks', 'kv'];
      const missing = stores.filter((s) => !db.objectStoreNames.contains(s));
      if (missing.length) {
        db.close();
        reject(new Error(`IndexedDB 'backstride' has no ${missing.join(', ')} store`));
        return;
      }
      const tx = db.transaction(stores, 'readwrite');
      const put = (store, records) => {
        const target = tx.objectStore(store);
        target.clear();
        for (const record of records) target.put(record);
      };
      put('plan', rows.plan);
      put('sessions', rows.sessions);
      put('checkIns', rows.checkIns);
      put('walks', rows.walks);
      put('dayMarks', rows.marks);
      tx.objectStore('kv').put({ key: 'onboarding', value: onboarding });
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    };
  });
}

async function waitForDatabase(page) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const exists = await page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'backstride'));
    if (exists) return;
    await page.waitForTimeout(50);
  }
  throw new Error("The app did not create IndexedDB 'backstride' within 15 s");
}

export async function runProgressBrowser(root, outDir, compute) {
  if (!existsSync(path.join(outDir, 'progress.html'))) {
    throw new Error(`${path.join(outDir, 'progress.html')} is missing: build the app first (npm run build), or set BENCH_OUT_DIR`);
  }
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found (set CHROMIUM_PATH)');
  const server = await serveOut(root, outDir);
  const browser = await chromium.launch({
    executablePath,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--enable-precise-memory-info'],
  });
  try {
    // The seeded day keys were made in Node's time zone; the page must agree on them.
    const context = await browser.newContext({ serviceWorkers: 'block', timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone });
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    const { figures, rows } = compute;
    await page.addInitScript(watchProgress, {
      calendarDays: figures.calendarDays,
      historyShown: figures.historyShown,
      chartLabels: CHART_LABELS,
    });

    // Once, so the app creates its database with its own schema; then the seeded records.
    await page.goto(`${server.url}/`);
    await waitForDatabase(page);
    const payload = JSON.stringify(rows).length;
    const t0 = performance.now();
    await page.evaluate(writeRecords, { rows, onboarding: { finishedAt: rows.plan[0]?.createdAt ?? Date.now(), skipped: true } });
    const writeMs = performance.now() - t0;

    const cdp = await context.newCDPSession(page);
    const loads = [];
    for (let i = 0; i < PAGE_LOADS; i++) {
      await page.goto('about:blank');
      await page.goto(`${server.url}/progress`);
      await page.waitForFunction(() => window.__benchProgress !== null, undefined, { timeout: 60_000 });
      const load = await page.evaluate(() => window.__benchProgress);
      // performance.memory includes garbage not yet collected; after a full GC is what stays.
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      loads.push({ ...load, retained: usedSize });
    }

    const part = (key) => summary(loads.map((l) => l[key]));
    const shown = loads.at(-1).shown;
    const expected = [String(figures.streak.current), String(figures.streak.longest), `${figures.strength} %`];
    return {
      version: browser.version(),
      payloadBytes: payload,
      writeMs,
      loads: loads.map((l) => l.frame),
      parts: {
        domContentLoaded: part('domContentLoaded'),
        streaks: part('streaks'),
        calendar: part('calendar'),
        charts: part('charts'),
        history: part('history'),
        frame: part('frame'),
      },
      heap: {
        atFigures: summary(loads.map((l) => l.heap).filter((h) => h !== null)),
        minAtFigures: Math.min(...loads.map((l) => l.heap ?? Infinity)),
        retained: summary(loads.map((l) => l.retained)),
      },
      shown,
      matches: shown.length === expected.length && shown.every((text, i) => text === expected[i]),
      expected,
      pageErrors,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Both halves; `outDir` is the static export to serve (out/ unless BENCH_OUT_DIR says otherwise). */
export async function runProgressBench(root, outDir = process.env.BENCH_OUT_DIR ? path.resolve(process.env.BENCH_OUT_DIR) : path.join(root, 'out')) {
  const compute = await runProgressCompute(root);
  const browser = await runProgressBrowser(root, outDir, compute);
  return { compute, browser, outDir };
}
