// The player's figure follows the engine, on a 390×844 phone in light and dark: the limbs that
// reach change with the rep's side (read from the drawn joint positions), a rest shows a rest
// pose, and axe finds nothing wrong with the player in work or rest.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const T0 = new Date('2026-11-25T07:30:00').getTime();

interface Limb {
  readonly name: string;
  readonly root: readonly [number, number];
  readonly end: readonly [number, number];
}

const figure = (page: Page) => page.locator('.player[data-status] .player-figure svg');

/** Every drawn limb's shoulder-or-hip and wrist-or-ankle, as the page has painted them. */
async function limbs(page: Page): Promise<Record<string, Limb>> {
  const list = await figure(page)
    .locator('[data-limb]')
    .evaluateAll((els) =>
      els.map((el) => ({
        name: el.getAttribute('data-limb') ?? '',
        root: (el.getAttribute('data-root') ?? '').split(' ').map(Number) as [number, number],
        end: (el.getAttribute('data-end') ?? '').split(' ').map(Number) as [number, number],
      })),
    );
  return Object.fromEntries(list.map((l) => [l.name, l]));
}

/** The limbs reaching out: an arm whose hand is well away from under its shoulder, a leg whose foot is up level with its hip. */
function reaching(all: Record<string, Limb>): string[] {
  return Object.values(all)
    .filter((l) => {
      const dx = Math.abs(l.end[0] - l.root[0]);
      const below = l.end[1] - l.root[1];
      return l.name.endsWith('arm') ? dx > 25 && below < 10 : dx > 35 && below < 14;
    })
    .map((l) => l.name)
    .sort();
}

async function startCoreGlutes(page: Page) {
  await page.clock.install({ time: T0 });
  await page.goto('/session?routine=core-glutes');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.clock.pauseAt(T0 + 60_000);
  await expect(figure(page)).toHaveAttribute('data-phase', 'prepare');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
}

/** axe waits on timers: pause the session, then let the page's clock run again. */
async function axeWhilePaused(page: Page) {
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.clock.resume();
  await expectNoAxeViolations(page);
}

/** Skips to the next work phase and lets it run into the middle of the hold. */
async function nextRep(page: Page) {
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(figure(page)).toHaveAttribute('data-phase', 'work');
  await page.clock.runFor(2_500);
  await expect(figure(page)).toHaveAttribute('data-moment', 'hold');
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`player figure, ${colorScheme}`, () => {
    test.use({ viewport: { width: 390, height: 844 }, colorScheme, hasTouch: true, isMobile: true });

    test('bird-dog: the right rep reaches with the right arm and left leg, the left rep with the left arm and right leg', async ({ page }) => {
      await startCoreGlutes(page);
      // Get ready shows all fours, facing the first side (rep 1 is the left arm: mirrored).
      await expect(figure(page)).toHaveAttribute('data-mirrored', 'true');
      expect(reaching(await limbs(page))).toEqual([]);

      await nextRep(page); // rep 1: left
      await expect(figure(page)).toHaveAttribute('data-near-side', 'left');
      const left = await limbs(page);
      expect(reaching(left)).toEqual(['left-arm', 'right-leg']);
      // Facing left, the reaching hand is far to the left of its shoulder.
      expect(left['left-arm']!.end[0]).toBeLessThan(left['left-arm']!.root[0] - 25);
      await expect(figure(page).locator('[data-limb="left-arm"]')).toHaveAttribute('data-working', 'true');
      await expect(figure(page).locator('[data-limb="right-arm"]')).toHaveAttribute('data-working', 'false');

      // Holding, the figure breathes and says so.
      await expect(page.locator('.player[data-status] .player-breath')).toHaveText(/^Breathe (in|out)$/);
      await expect(page.locator('.player[data-status] .player-breath')).toBeVisible();
      // Nothing is drawn over it.
      expect(
        await page.locator('.player[data-status] .player-breath').evaluate((el) => {
          const r = el.getBoundingClientRect();
          return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
        }),
      ).toBe(true);

      await nextRep(page); // rep 2: right
      await expect(figure(page)).toHaveAttribute('data-near-side', 'right');
      const right = await limbs(page);
      expect(reaching(right)).toEqual(['left-leg', 'right-arm']);
      expect(right['right-arm']!.end[0]).toBeGreaterThan(right['right-arm']!.root[0] + 25);
      // The arm that reached in rep 1 is planted again, under its shoulder.
      expect(Math.abs(right['left-arm']!.end[0] - right['left-arm']!.root[0])).toBeLessThan(5);
      await axeWhilePaused(page);
    });

    test('a rest shows a rest pose, not the exercise', async ({ page }) => {
      await startCoreGlutes(page);
      await nextRep(page);
      const work = await limbs(page);
      // Skip the rest of the set's reps until the rest between sets.
      for (let i = 0; i < 12; i += 1) {
        if ((await figure(page).getAttribute('data-phase')) === 'rest') break;
        await page.getByRole('button', { name: 'Skip' }).click();
      }
      await expect(figure(page)).toHaveAttribute('data-phase', 'rest');
      await page.clock.runFor(1_500);
      await expect(figure(page)).toHaveAttribute('data-moment', 'rest');
      const rest = await limbs(page);
      // Child's pose: both hands lie far ahead on the floor, the hips sit back over the heels,
      // so limbs end somewhere else than in the reach, and no leg is lifted.
      expect(reaching(rest).filter((name) => name.endsWith('leg'))).toEqual([]);
      const moved = Object.keys(work).filter((name) => Math.hypot(work[name]!.end[0] - rest[name]!.end[0], work[name]!.end[1] - rest[name]!.end[1]) > 8);
      expect(moved.length).toBeGreaterThanOrEqual(3);
      // All four limbs alike while resting: nothing is drawn as working or resting.
      await expect(figure(page).locator('[data-working="false"]')).toHaveCount(0);
      await axeWhilePaused(page);
    });
  });
}
