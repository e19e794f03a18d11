// `npm run bench`: prints how exactly the session timer keeps time and how fast the progress
// screen is with years of history. Numbers only, no assertions; exits non-zero only when
// something crashes.
//   1. engine: whole sessions through the pure reducer with throttled ticks (via Vite)
//   2. browser: countdown and title drift of the real player in Chromium over a timed run
//   3. progress: ten years of seeded history; the screen's figures timed in Node, then
//      /progress loaded in Chromium over those records in IndexedDB (time to figures, heap)
//   4. import: Settings → Merge of a backup with 60,000 check-ins in Chromium (the Playwright
//      spec tests/e2e/import-large.spec.ts, BENCH_IMPORT_RUNS times): long tasks, check and merge time
// Usage: node scripts/bench.mjs [--engine-only | --browser-only | --progress-only | --import-only]  (default: all)
//        BENCH_IMPORT_RUNS=5 E2E_PORT=4621                 (import: runs, and the port its server takes)
//        BENCH_BROWSER_SECONDS=20 node scripts/bench.mjs   (shorter browser run; default 120)
//        BENCH_BROWSER_DUMP=run.json                       (also save raw observations and state)
//        BENCH_OUT_DIR=/tmp/out                            (progress: serve this build, not out/)
//        BENCH_SEED=7                                      (progress: another seeded history)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runBrowserBench, ROUTINE } from './bench-browser.mjs';
import { runEngineBench } from './bench-engine.mjs';
import { COMPUTE_RUNS, PAGE_LOADS, runProgressBench } from './bench-progress.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const PARTS = ['engine', 'browser', 'progress', 'import'];
const only = PARTS.filter((part) => args.has(`--${part}-only`));
if (only.length > 1) throw new Error(`Pick one of ${only.map((part) => `--${part}-only`).join(', ')}`);
const runs = (part) => only.length === 0 || only[0] === part;
const seconds = Number(process.env.BENCH_BROWSER_SECONDS ?? 120);
if (!(seconds > 0)) throw new Error('BENCH_BROWSER_SECONDS must be a positive number of seconds');

const clock = (ms) => {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
const num = (value, digits = 0) => (value === null || value === undefined ? '-' : value.toFixed(digits));
const group = (n) => Math.round(n).toLocaleString('en-US');

/** Right-aligned columns except the first; two spaces between columns. */
function table(head, rows) {
  const cells = [head, ...rows].map((row) => row.map(String));
  const widths = head.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

async function engine() {
  const { fixture, rows, routines } = await runEngineBench(root);
  console.log('\nEngine: whole session through sessionReducer with throttled ticks (scripts/bench-timer.ts)');
  console.log(
    `fixture: BENCH_FIXTURE + ${fixture.added.join(', ')} = ${fixture.exercises} exercises, ` +
      `${fixture.phases} phases (${fixture.untimed} untimed, REP_DONE taps on schedule), ${clock(fixture.plannedMs)} planned`,
  );
  console.log(
    table(
      ['tick gap', 'ticks', 'taps', 'worst boundary error', 'runs', 'median per session', 'events/s'],
      rows.map((r) => [
        `${r.label}${r.headline ? ' (one per minute)' : ''}${r.offGrid ? ' (off-grid)' : ''}`,
        group(r.ticks),
        group(r.taps),
        `${num(r.worstMs)} ms`,
        r.runs,
        `${num(r.medianMs, 3)} ms`,
        group(r.eventsPerSecond),
      ]),
    ),
  );
  console.log('target: 0 ms error at every gap. events = ticks + taps dispatched in one session.');
  const moved = routines.filter((r) => r.worstMs !== 0);
  const disagree = routines.filter((r) => r.plannedMs !== r.pageMs);
  console.log(
    `real routines at one tick per minute: ${routines.length} checked, worst error ${Math.max(...routines.map((r) => r.worstMs))} ms` +
      (moved.length ? ` (moved: ${moved.map((r) => r.id).join(', ')})` : '') +
      (disagree.length ? `; planned time differs from routine page: ${disagree.map((r) => r.id).join(', ')}` : ''),
  );
}

async function browser() {
  const result = await runBrowserBench(root, seconds);
  console.log(`\nBrowser: ${ROUTINE} in Chromium ${result.version}, ${result.seconds} s of real time, drift = observed - ideal`);
  const row = (label, s) => [label, s.n, `${num(s.min, 1)}`, `${num(s.median, 1)}`, `${num(s.p95, 1)}`, `${num(s.max, 1)}`];
  console.log(
    table(['change on screen', 'n', 'min ms', 'median ms', 'p95 ms', 'max ms'], [
      row('countdown, all (timed phases)', result.countdown),
      row('  within a phase', result.countdownWithin),
      row('  at a boundary (0:00, first value)', result.countdownBoundary),
      row('phase title vs phase start', result.title),
    ]),
  );
  console.log(
    `target: countdown max under 50 ms. phases reached: ${result.phasesReached} (${result.boundaries} boundaries); ` +
      `unmatched countdown changes: ${result.unmatched}; Date.now() - (timeOrigin + now): ${num(result.clockOffsetMs, 1)} ms`,
  );
  const { worst } = result;
  if (worst) {
    const where = worst.atStart ? `as phase ${worst.phase} (${worst.kind}) began` : `in phase ${worst.phase} (${worst.kind})`;
    console.log(`latest countdown change: ${worst.text} ${where}, ${num(worst.drift, 1)} ms late`);
  }
  if (result.pageErrors.length) console.log(`page errors (${result.pageErrors.length}): ${result.pageErrors.slice(0, 3).join(' | ')}`);
}

async function progress() {
  const { compute, browser: page, outDir } = await runProgressBench(root);
  const c = compute.counts;
  console.log(`\nProgress: ${c.from} to ${c.today}, seed ${compute.seed} (scripts/bench-data.ts, made in ${num(compute.seedMs)} ms)`);
  console.log(
    `records: ${c.plan} plan entries, ${group(c.sessions)} sessions (${num((100 * c.completed) / c.sessions, 1)} % completed, ` +
      `${group(c.rated)} rated), ${group(c.checkIns)} check-ins, ${group(c.walks)} walks, ${c.skip} skip + ${c.flare} flare marks`,
  );
  const f = compute.figures;
  console.log(
    `figures: streak ${f.streak.current} (best ${f.streak.longest}), habit strength ${f.strength} %, ${f.calendarDays} calendar days, ` +
      `${f.adherenceWeeks} weeks, ${f.tightnessDays} tightness days, ${f.tolerancePoints} tolerance points, ${f.historyShown} history rows`,
  );
  const ms = (s) => [`${num(s.median, 2)} ms`, `${num(s.p95, 2)} ms`];
  console.log(`\nCompute in Node, ${COMPUTE_RUNS} runs after warm-up (as ProgressScreen and its children compute them)`);
  console.log(
    table(['figure', 'median', 'p95'], [
      ...compute.steps.map((s) => [s.label, ...ms(s)]),
      ['all figures', ...ms(compute.total)],
    ]),
  );
  console.log('target: all figures under 30 ms.');

  const b = page;
  console.log(`\nBrowser: /progress in Chromium ${b.version} from ${outDir}, ${PAGE_LOADS} loads, ms since navigation start`);
  console.log(
    `seeded IndexedDB in one transaction: ${num(b.payloadBytes / 1e6, 1)} MB of records in ${num(b.writeMs)} ms; ` +
      `loads: ${b.loads.map((t) => num(t)).join(', ')} ms`,
  );
  const row = (label, s) => [label, `${num(s.median)}`, `${num(s.p95)}`, `${num(s.max)}`];
  console.log(
    table(['on screen', 'median ms', 'p95 ms', 'max ms'], [
      row('DOMContentLoaded', b.parts.domContentLoaded),
      row('streak numbers', b.parts.streaks),
      row('calendar heatmap (all cells)', b.parts.calendar),
      row('four charts', b.parts.charts),
      row('history first page', b.parts.history),
      row('all figures, next frame', b.parts.frame),
    ]),
  );
  const mb = (bytes) => `${num(bytes / 1024 / 1024, 1)} MB`;
  const h = b.heap;
  console.log(
    `JS heap used at figures on screen: median ${mb(h.atFigures.median)} (${mb(h.minAtFigures)}–${mb(h.atFigures.max)}, ` +
      `performance.memory, garbage included); after a full GC: median ${mb(h.retained.median)} (CDP Runtime.getHeapUsage)`,
  );
  console.log('target: all figures under 500 ms, heap under 60 MB.');
  console.log(
    `screen shows ${b.shown.join(' / ')}` + (b.matches ? ' (same as computed in Node)' : `; computed in Node: ${b.expected.join(' / ')}`),
  );
  if (b.pageErrors.length) console.log(`page errors (${b.pageErrors.length}): ${b.pageErrors.slice(0, 3).join(' | ')}`);
}

function importBench() {
  const repeat = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
  if (!(repeat >= 1)) throw new Error('BENCH_IMPORT_RUNS must be 1 or more');
  // No bound: the spec asserts one; here only the numbers count.
  const run = spawnSync('npx', ['playwright', 'test', 'tests/e2e/import-large.spec.ts', `--repeat-each=${repeat}`, '--reporter=line'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, IMPORT_LONGTASK_MS: 'Infinity' },
  });
  const results = [...`${run.stdout}`.matchAll(/^IMPORT_BENCH (\{.*\})$/gm)].map((m) => JSON.parse(m[1]));
  if (results.length === 0) {
    console.log(run.stdout, run.stderr);
    throw new Error('the import spec printed no results');
  }
  console.log(`\nImport: Settings → Merge of 60,000 check-ins in Chromium, ${results.length} runs (tests/e2e/import-large.spec.ts)`);
  console.log(
    table(
      ['run', 'check ms', 'merge ms', 'long tasks', 'longest ms', 'while checking', 'while merging'],
      results.map((r, i) => [i + 1, group(r.checkMs), group(r.mergeMs), r.tasks, num(r.longest), num(r.longestChecking), num(r.longestMerging)]),
    ),
  );
  console.log('target: no long task over 200 ms (before slicing: 1,700-1,950 ms, one write of everything).');
}

if (runs('engine')) await engine();
if (runs('browser')) await browser();
if (runs('progress')) await progress();
if (runs('import')) importBench();
