// `npm run bench`: prints how exactly the session timer keeps time. Numbers only, no
// assertions; exits non-zero only when something crashes.
//   1. engine: whole sessions through the pure reducer with throttled ticks (via Vite)
//   2. browser: countdown and title drift of the real player in Chromium over a timed run
// Usage: node scripts/bench.mjs [--engine-only | --browser-only]
//        BENCH_BROWSER_SECONDS=20 node scripts/bench.mjs   (shorter browser run; default 120)
//        BENCH_BROWSER_DUMP=run.json                       (also save raw observations and state)
import { fileURLToPath } from 'node:url';
import { runBrowserBench, ROUTINE } from './bench-browser.mjs';
import { runEngineBench } from './bench-engine.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
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
  console.log('\nEngine: whole session through sessionReducer with throttled ticks (lib/timer/bench.ts)');
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

if (!args.has('--browser-only')) await engine();
if (!args.has('--engine-only')) await browser();
