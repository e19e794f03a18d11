// Merging a backup of 60,000 check-ins through Settings keeps the page responsive: no long
// task over the bound (Chromium's own long-task timing), a progress bar while it writes, and
// every check-in in IndexedDB afterwards. The goal is 200 ms: on a shared 2-core machine (load
// 4 to 9) the longest task was 75-190 ms in a dozen runs and once 276 ms (1,670-1,950 ms with
// one write of everything). Other jobs on the same cores stretch every task, so the bound
// asserted here is 400 ms (IMPORT_LONGTASK_MS sets another). The numbers are printed; `npm run bench -- --import-only`
// runs it several times and tabulates them against the 200 ms goal.
import { writeFile } from 'node:fs/promises';
import { expect, startWithSuggestedPlan, test } from './fixtures';

const COUNT = 60_000;
const BOUND_MS = Number(process.env.IMPORT_LONGTASK_MS ?? 400);
const T0 = Date.UTC(2026, 2, 1, 7, 30);
const CONTEXTS = ['before-session', 'after-session', 'before-walk', 'after-walk', 'other'] as const;

/** A valid backup with `count` check-ins, three hours apart, and nothing else. */
function largeBackup(count: number): string {
  const checkIns = Array.from({ length: count }, (_, i) => {
    const at = T0 - i * 3 * 3_600_000;
    return { id: `bulk-${i}`, at, day: new Date(at).toISOString().slice(0, 10), tightness: i % 11, context: CONTEXTS[i % CONTEXTS.length], ...(i % 7 === 0 ? { note: `note ${i}` } : {}) };
  });
  return JSON.stringify({
    format: 'backstride-backup',
    version: 2,
    exportedAt: T0,
    app: { name: 'Backstride' },
    data: { plan: [], sessions: [], checkIns, walks: [], dayMarks: [], doses: [], screenings: [], settings: {} },
  });
}

test(`merging ${COUNT.toLocaleString('en')} check-ins shows progress and leaves no long task over ${BOUND_MS} ms`, async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  // From a file on disk, as a person picks one: a buffer would be decoded by script in the page, one long task of its own.
  const path = testInfo.outputPath('large.json');
  await writeFile(path, largeBackup(COUNT));
  await startWithSuggestedPlan(page);
  await page.goto('/settings');
  await expect(page.getByLabel('Backup file')).toBeVisible();
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    // What ran in the longest frames (Long Animation Frames name the scripts), for the printout.
    const frames: string[] = [];
    (window as unknown as { longFrames: string[] }).longFrames = frames;
    type Script = { duration: number; invoker: string; sourceFunctionName: string; sourceURL: string; forcedStyleAndLayoutDuration: number };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { scripts: Script[]; blockingDuration: number })[]) {
        if (e.duration < 150) continue;
        const scripts = e.scripts.map((s) => `${s.invoker} ${s.sourceFunctionName}@${s.sourceURL.split('/').pop()} ${s.duration.toFixed(0)} ms`).join('; ');
        frames.push(`${e.duration.toFixed(0)} ms frame: ${scripts || 'no script (style, layout, paint or GC)'}`);
      }
    }).observe({ type: 'long-animation-frame' });
  });

  const started = Date.now();
  await page.getByLabel('Backup file').setInputFiles(path);
  const preview = page.getByRole('group', { name: /large\.json is a backup from/ });
  await expect(preview).toContainText('60,000 check-ins', { timeout: 60_000 });
  const checked = Date.now();
  const mergeAt = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  const progress = page.getByRole('progressbar', { name: /Importing/ });
  await expect(progress).toBeVisible();
  const done = page.getByRole('status').filter({ hasText: 'Backup merged. Added 60,000 check-ins.' });
  await expect(done).toBeVisible({ timeout: 120_000 });
  const merged = Date.now();
  await expect(progress).toHaveCount(0);

  // Read without the app: every check-in is there, the last one written as the file had it.
  const stored = await page.evaluate(
    (lastId) =>
      new Promise<{ count: number; last: unknown }>((resolve, reject) => {
        const open = indexedDB.open('backstride');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('checkIns').objectStore('checkIns');
          const count = store.count();
          const last = store.get(lastId);
          last.onsuccess = () => resolve({ count: count.result, last: last.result });
          last.onerror = () => reject(last.error);
        };
      }),
    `bulk-${COUNT - 1}`,
  );
  expect(stored.count).toBe(COUNT);
  expect(JSON.stringify(stored.last)).toBe(JSON.stringify((JSON.parse(largeBackup(COUNT)) as { data: { checkIns: unknown[] } }).data.checkIns[COUNT - 1]));

  const tasks = await page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks);
  const longest = Math.max(0, ...tasks.map((t) => t.duration));
  const longestOf = (list: typeof tasks) => Math.max(0, ...list.map((t) => t.duration)).toFixed(0);
  console.info(
    `import of ${COUNT} check-ins: checked in ${checked - started} ms, merged in ${merged - checked} ms; ${tasks.length} long tasks, longest ${longest.toFixed(0)} ms (checking ${longestOf(tasks.filter((t) => t.start < mergeAt))} ms, merging ${longestOf(tasks.filter((t) => t.start >= mergeAt))} ms), total ${tasks.reduce((s, t) => s + t.duration, 0).toFixed(0)} ms: ${tasks.map((t) => t.duration.toFixed(0)).join(', ')}`,
  );
  // One line for scripts/bench.mjs --import-only, which runs this spec and tabulates the runs.
  console.info(`IMPORT_BENCH ${JSON.stringify({ checkMs: checked - started, mergeMs: merged - checked, tasks: tasks.length, longest, longestChecking: Number(longestOf(tasks.filter((t) => t.start < mergeAt))), longestMerging: Number(longestOf(tasks.filter((t) => t.start >= mergeAt))) })}`);
  const frames = await page.evaluate(() => (window as unknown as { longFrames: string[] }).longFrames);
  if (frames.length > 0) console.info(frames.join('\n'));
  expect(longest).toBeLessThanOrEqual(BOUND_MS);
});
