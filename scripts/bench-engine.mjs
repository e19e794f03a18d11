// Engine half of `npm run bench`: loads the TypeScript timer through Vite and runs whole
// sessions through the reducer with ticks from 60 a second down to one every ten minutes,
// reporting how far phase boundaries land from the ideal schedule and how long a run takes.
import { performance } from 'node:perf_hooks';
import { createServer } from 'vite';

const TARGET_MS = 15 * 60_000;
const START_AT = 1_700_000_000_000;

/** Tick gaps to report; `offGrid` rows put ticks between the whole-second boundaries. */
export const TICK_GAPS = [
  { label: '16 ms', ms: 16 },
  { label: '1 s', ms: 1_000 },
  { label: '60 s', ms: 60_000, headline: true },
  { label: '10 min', ms: 600_000 },
  { label: '999 ms', ms: 999, offGrid: true },
  { label: '61 s', ms: 61_000, offGrid: true },
];

/** Loads lib/ through Vite's SSR loader, runs `task(load)`, and always closes the server. */
export async function withLib(root, task) {
  const server = await createServer({
    root,
    configFile: false,
    resolve: { alias: { '@': root } },
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'silent',
  });
  try {
    return await task((id) => server.ssrLoadModule(id));
  } finally {
    await server.close();
  }
}

/**
 * BENCH_FIXTURE (every planning case, ~10.6 min) topped up with real exercises from the
 * routines until its planned time is as close to 15 minutes as whole exercises allow.
 */
function fifteenMinuteFixture(bench, content, timer) {
  const plannedMs = (exercises) => total(timer.planSession(bench.BENCH_FIXTURE.routine, exercises));
  const exercises = [...bench.BENCH_FIXTURE.exercises];
  const added = [];
  const seen = new Set(exercises.map((e) => e.id));
  for (const routine of content.routines) {
    for (const id of routine.exerciseIds) {
      const exercise = content.getExercise(id);
      if (!exercise || seen.has(id)) continue;
      seen.add(id);
      const next = [...exercises, { id: exercise.id, dose: exercise.dose }];
      if (Math.abs(plannedMs(next) - TARGET_MS) < Math.abs(plannedMs(exercises) - TARGET_MS)) {
        exercises.splice(0, exercises.length, ...next);
        added.push(id);
      }
    }
  }
  return { fixture: { ...bench.BENCH_FIXTURE, exercises }, added };
}

function total(phases) {
  return phases.reduce((sum, p) => sum + p.plannedMs, 0);
}

/** Events simulateThrottled dispatches for one whole session (it has no counter of its own). */
function eventCount(phases, gapMs) {
  const durationMs = total(phases);
  const taps = phases.reduce((sum, p) => sum + (p.targetReps ?? 0), 0);
  // The session ends on the first tick at or after its end, or on the last tap when the
  // final phase is untimed (that tap comes before a tick at the same moment).
  const lastTimed = phases.at(-1)?.durationMs !== null;
  const ticks = Math.ceil(durationMs / gapMs) - (lastTimed ? 0 : 1);
  return { ticks, taps };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median wall time of whole runs: a few warm-ups, then at least 5 runs and ~0.4 s of work. */
function timeRuns(run) {
  for (let i = 0; i < 3; i++) run();
  const times = [];
  const began = performance.now();
  while (times.length < 5 || (performance.now() - began < 400 && times.length < 2_000)) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return { runs: times.length, medianMs: median(times) };
}

export async function runEngineBench(root) {
  return withLib(root, async (load) => {
    const bench = await load('/scripts/bench-timer.ts');
    const content = await load('/lib/content/index.ts');
    const timer = await load('/lib/timer/index.ts');

    const { fixture, added } = fifteenMinuteFixture(bench, content, timer);
    const phases = timer.planSession(fixture.routine, fixture.exercises, fixture.doses);
    const description = {
      exercises: fixture.exercises.length,
      added,
      phases: phases.length,
      untimed: phases.filter((p) => p.durationMs === null).length,
      plannedMs: total(phases),
    };

    const rows = TICK_GAPS.map((gap) => {
      const worstMs = bench.simulateThrottled(fixture, gap.ms, START_AT);
      const { ticks, taps } = eventCount(phases, gap.ms);
      const { runs, medianMs } = timeRuns(() => bench.simulateThrottled(fixture, gap.ms, START_AT));
      return { ...gap, worstMs, ticks, taps, runs, medianMs, eventsPerSecond: (ticks + taps) / (medianMs / 1000) };
    });

    // Every shipped routine, checked at the headline gap: planned time must agree with the
    // routine page's routineSeconds, and no boundary may move.
    const routines = content.routines.map((routine) => {
      const exercises = routine.exerciseIds.map((id) => content.getExercise(id));
      const planned = total(timer.planSession(routine, exercises));
      return {
        id: routine.id,
        plannedMs: planned,
        pageMs: content.routineSeconds(routine) * 1000,
        worstMs: bench.simulateThrottled({ routine, exercises }, 60_000, START_AT),
      };
    });

    return { fixture: description, rows, routines };
  });
}
