// `npm run bench:web`: Lighthouse (mobile simulation, the default config) against the production
// build in out/ and, in the same run, against an empty Next page built from tests/fixtures/empty-next
// with the app's own Next and React: the floor. Prints the median of BENCH_RUNS (default 3) runs per
// route and each figure's ratio to the floor's. Numbers, not a pass/fail test.
//   node scripts/bench-web.mjs                 (needs `npm run build` first)
//   BENCH_RUNS=5 BENCH_ROUTES=/,/relief node scripts/bench-web.mjs
//   BENCH_WEB_DUMP=dir                         (also save each run's Lighthouse JSON there)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveOut } from './bench-browser.mjs';
import { chromiumPath } from './chromium-path.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
if (!(RUNS >= 1)) throw new Error('BENCH_RUNS must be 1 or more');
const ROUTES = (process.env.BENCH_ROUTES ?? '/,/session?routine=walk-ready,/progress,/relief,/exercises/bird-dog').split(',');
const dump = process.env.BENCH_WEB_DUMP;

if (!existsSync(path.join(root, 'out', 'index.html'))) throw new Error('No build in out/: run `npm run build` first');
const chromePath = chromiumPath();
if (!chromePath) throw new Error('No Chromium found (set CHROMIUM_PATH)');

/** The floor, built in a scratch folder inside the project: Turbopack resolves next and react
 * from the project's node_modules only when the app sits under the project's root. */
function buildFloor() {
  const dir = path.join(root, '.bench-floor');
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(root, 'tests', 'fixtures', 'empty-next'), dir, { recursive: true });
  console.error('bench:web: building the empty Next page…');
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return dir;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One cold Lighthouse run in a fresh Chromium profile (chrome-launcher makes one per launch). */
async function measure(url, label, run) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    if (dump) {
      mkdirSync(dump, { recursive: true });
      writeFileSync(path.join(dump, `${label.replace(/[^a-z0-9]+/gi, '_')}-${run}.json`), result.report);
    }
    const audit = (id) => lhr.audits[id].numericValue;
    return {
      perf: Math.round(lhr.categories.performance.score * 100),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? '',
      version: lhr.environment.hostUserAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '?',
      lighthouse: lhr.lighthouseVersion,
    };
  } finally {
    await chrome.kill();
  }
}

function table(head, rows) {
  const cells = [head, ...rows].map((row) => row.map(String));
  const widths = head.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const floorDir = buildFloor();
const app = await serveOut(root);
const floor = await serveOut(root, path.join(floorDir, 'out'));
try {
  const targets = [{ label: 'empty Next page (floor)', url: `${floor.url}/` }, ...ROUTES.map((route) => ({ label: route, url: `${app.url}${route}` }))];
  const runs = new Map(targets.map((t) => [t.label, []]));
  // Interleaved (floor, each route, floor, …) so a busy moment on the machine hits every target alike.
  for (let run = 1; run <= RUNS; run++) {
    for (const target of targets) {
      console.error(`bench:web: run ${run}/${RUNS} ${target.label}`);
      runs.get(target.label).push(await measure(target.url, target.label, run));
    }
  }
  const summary = targets.map(({ label }) => {
    const all = runs.get(label);
    const pick = (key) => median(all.map((r) => r[key]));
    return { label, perf: pick('perf'), fcp: pick('fcp'), lcp: pick('lcp'), tbt: pick('tbt'), cls: pick('cls'), lcpElement: all[0].lcpElement };
  });
  const base = summary[0];
  const first = runs.get(base.label)[0];
  const ratio = (value, of) => (of > 0 ? `${(value / of).toFixed(2)}×` : value > 0 ? '∞' : '1.00×');
  console.log(`\nLighthouse ${first.lighthouse}, mobile simulation, Chromium ${first.version}, median of ${RUNS} cold runs per route`);
  console.log(
    table(
      ['route', 'perf', 'FCP ms', 'LCP ms', 'LCP/floor', 'TBT ms', 'TBT/floor', 'CLS'],
      summary.map((s) => [s.label, s.perf, Math.round(s.fcp), Math.round(s.lcp), ratio(s.lcp, base.lcp), Math.round(s.tbt), ratio(s.tbt, base.tbt), s.cls.toFixed(3)]),
    ),
  );
  console.log('target: perf ≥ 95, LCP ≤ 1.3× the floor, TBT ≤ 1.5× the floor, CLS ≤ 0.02');
  for (const s of summary.slice(1)) console.log(`LCP element on ${s.label}: ${s.lcpElement.slice(0, 100)}`);
} finally {
  await app.close();
  await floor.close();
  rmSync(floorDir, { recursive: true, force: true });
}
