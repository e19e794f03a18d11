// The report to share (issue 15, point 4), against real IndexedDB with a pinned clock: twelve
// weeks of history print within two pages on A4 and on US Letter with every section present, the
// screen has no axe violations in light and dark, and a period with nothing in it says so.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, readStore, startWithSuggestedPlan, test, writeStores } from './fixtures';

const TODAY = new Date('2026-12-03T10:00:00');
const DAY_MS = 86_400_000;
const SECTIONS = [
  'Warning signs reported',
  'Sessions against the plan',
  'Tightness (0–10)',
  'Logged walks: minutes before tightness',
  'Walking tests',
  'Doses now and at the start',
  'Flare and skip days',
  'Warning-sign questions answered',
  'Current plan',
];

const dayOf = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Twelve weeks and a bit of a person's records: most days a session, check-ins, walks getting longer. */
async function seedTwelveWeeks(page: Page) {
  const start = TODAY.getTime() - 13 * 7 * DAY_MS;
  const plan = await readStore<{ routineId: string; weekdays: number[]; createdAt: number; startDay: string }>(page, 'plan');
  const sessions = [];
  const checkIns = [];
  const walks = [];
  for (let i = 0; i < 13 * 7; i++) {
    const at = start + i * DAY_MS + 8 * 3_600_000;
    const day = dayOf(at);
    // Every routine the plan has that day, ticked off, but one day a week missed and one partly done.
    const due = plan.filter((entry) => entry.weekdays.includes(new Date(at).getDay()));
    for (const [n, entry] of due.entries()) {
      if (i % 7 === 3 || (i % 7 === 5 && n > 0)) continue;
      sessions.push({ id: `s${i}-${n}`, routineId: entry.routineId, startedAt: at + n * 600_000, endedAt: at + n * 600_000 + 9 * 60_000, day, completed: true, source: 'manual', results: [] });
    }
    if (i % 3 === 0) checkIns.push({ id: `c${i}`, at: at + 3_600_000, day, tightness: Math.max(1, 7 - Math.floor(i / 15)), context: 'other', ...(i % 30 === 0 ? { note: 'Stiff after sitting' } : {}) });
    if (i % 4 === 1) walks.push({ id: `w${i}`, startedAt: at + 9 * 3_600_000, endedAt: at + 9 * 3_600_000 + 25 * 60_000, day, minutesWalked: 25, tightnessAtMinute: 6 + Math.floor(i / 8) });
  }
  const flare = start + 40 * DAY_MS + 9 * 3_600_000;
  const skip = start + 60 * DAY_MS + 9 * 3_600_000;
  const screenedAt = start + 70 * DAY_MS + 9 * 3_600_000;
  const allNo = Object.fromEntries(
    ['bladder-bowel', 'saddle-numbness', 'urine-bowel-feeling', 'genital-numbness', 'legs-weakness', 'leg-neuro', 'worsening-pain', 'systemic', 'night-position', 'cancer-history', 'fall-injury', 'steroids-bones', 'weak-immunity', 'calf-circulation'].map((id) => [id, false]),
  );
  const walkTests = [20, 48, 76].map((d, i) => {
    const startedAt = start + d * DAY_MS + 10 * 3_600_000;
    const totalMs = (12 + i * 3) * 60_000;
    return { id: `t${i}`, startedAt, endedAt: startedAt + totalMs, day: dayOf(startedAt), totalMs, symptomAtMs: (7 + i * 2) * 60_000, endReason: 'back', eased: 'leaning', tightness: 5 - i };
  });
  await writeStores(page, {
    walkTests,
    plan: plan.map((entry) => ({ ...entry, createdAt: start, startDay: dayOf(start) })),
    sessions,
    checkIns,
    walks,
    dayMarks: [
      { day: dayOf(flare), kind: 'flare', at: flare, reason: 'long car trip' },
      { day: dayOf(skip), kind: 'skip', at: skip },
    ],
    screenings: [
      { id: 'q1', at: start + 9 * 3_600_000, day: dayOf(start), answers: allNo, outcome: 'clear' },
      { id: 'q2', at: screenedAt, day: dayOf(screenedAt), answers: { ...allNo, 'leg-neuro': true }, outcome: 'see-clinician', care: { step: 'booked', at: screenedAt + DAY_MS } },
    ],
  });
}

/** Pages in a PDF Chromium made: one `/Type /Page` object each. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test('twelve weeks of history: every section, within two printed pages on A4 and Letter, no axe violations', async ({ page }, testInfo) => {
  await page.clock.install({ time: TODAY });
  await startWithSuggestedPlan(page);
  await seedTwelveWeeks(page);
  await page.goto('/progress');
  // The walking tests on Progress: the latest against the first, in words, and as a chart.
  await expect(page.getByText(/^On .* you walked 11 minutes before tightness started, 4 more than in your first test\.$/)).toBeVisible();
  await expect(page.getByRole('img', { name: /^Walking tests, 3 tests from/ })).toBeVisible();
  if (process.env.SHOTS) {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.getByRole('region', { name: 'Walking test' }).screenshot({ path: `${process.env.SHOTS}/progress-walk-tests-${colorScheme}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: 'light' });
  }
  await page.getByRole('link', { name: 'Make a report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report to share' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Backstride report' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Last 12 weeks' })).toBeChecked();
  for (const name of SECTIONS) await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  const warnings = page.getByRole('region', { name: 'Warning signs reported' });
  await expect(warnings).toContainText('See a doctor or physiotherapist soon');
  await expect(warnings).toContainText('Booked an appointment on');
  await expect(page.getByText(/^\d+ of \d+ planned days done \(\d+ %\)(, \d+ partly done)?; \d+ sessions in all\.$/)).toBeVisible();
  await expect(page.getByRole('img', { name: /^Tightness from 0 \(none\) to 10 \(worst\)/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Minutes walked before tightness started/ })).toBeVisible();
  await expect(page.getByText(/long car trip/)).toBeVisible();
  await expect(page.getByRole('row', { name: /11 minutes 18 minutes Stopped for back tightness; eased by leaning forward; tightness 3\/10/ })).toBeVisible();
  await expect(page.getByText('Stiff after sitting')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Include my notes from sessions and check-ins' }).check();
  await expect(page.getByRole('heading', { level: 3, name: 'Notes' })).toBeVisible();
  await expect(page.getByText(/Check-in: Stiff after sitting/).first()).toBeVisible();

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page);
    // Opt-in pictures to look at (SHOTS=dir): the phone and the desktop screen.
    if (process.env.SHOTS) {
      for (const [name, size] of [['phone', { width: 390, height: 844 }], ['narrow', { width: 320, height: 700 }], ['desktop', { width: 1280, height: 800 }]] as const) {
        await page.setViewportSize(size);
        for (const [i, y] of [0, 1, 2].map((n) => [n, n * size.height] as const)) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          await page.screenshot({ path: `${process.env.SHOTS}/report-${name}-${colorScheme}-${i}.png` });
        }
      }
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  }

  // On paper, in the dark scheme too: black on white, no app bars, at most two pages.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.getByRole('heading', { level: 1, name: 'Report to share' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    await testInfo.attach(`report-${format}.pdf`, { body: pdf, contentType: 'application/pdf' });
    if (process.env.SHOTS) await import('node:fs').then((fs) => fs.writeFileSync(`${process.env.SHOTS}/report-${format}.pdf`, pdf));
    expect(pageCount(pdf), `${format} pages`).toBeLessThanOrEqual(2);
  }
});

test('a period with nothing recorded says so instead of drawing empty charts', async ({ page }) => {
  await page.clock.install({ time: TODAY });
  await startWithSuggestedPlan(page);
  await page.goto('/report');
  await page.getByRole('radio', { name: 'Last 4 weeks' }).check();
  await expect(page.getByText(/^Nothing was recorded from .*: no sessions, check-ins, walks or screenings\./)).toBeVisible();
  await expect(page.getByRole('img')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 3, name: 'Current plan' })).toBeVisible();
});

test('"Save as a file" downloads the report as a web page', async ({ page }) => {
  await page.clock.install({ time: TODAY });
  await startWithSuggestedPlan(page);
  await page.goto('/report');
  const button = page.getByRole('button', { name: /^(Share|Save) as a file$/ });
  const download = page.waitForEvent('download');
  await button.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('backstride-report-2026-12-03.html');
  await expect(page.getByRole('status').filter({ hasText: 'Report saved as backstride-report-2026-12-03.html.' })).toBeVisible();
});
