// The welcome answers choose the starter plan, and the plan shown before saving is the plan
// saved: its routines, time, reminders and props.
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Onboarding } from '@/components/onboarding/Onboarding';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';
import { listPlan, savePlanEntry } from '@/lib/db/plan';
import { readOnboarding } from '@/lib/db/safety';
import { SCREENING_QUESTIONS } from '@/lib/safety/screening';

const replace = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ replace, push: vi.fn() }) }));

beforeEach(async () => {
  replace.mockClear();
  await db.delete();
  await db.open();
});

/** Answers the first step, the screening (all "no"), and arrives at the plan. */
async function toPlanStep(user: UserEvent, concern: string | null, eases?: string) {
  render(<Onboarding />);
  if (concern) await user.click(screen.getByRole('radio', { name: concern }));
  if (eases) await user.click(within(screen.getByRole('group', { name: /does it ease if you sit down or lean forward/ })).getByRole('radio', { name: eases }));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  const noes = await screen.findAllByRole('radio', { name: 'No' });
  expect(noes).toHaveLength(SCREENING_QUESTIONS.length);
  for (const no of noes) await user.click(no);
  await user.click(screen.getByRole('button', { name: 'Check my answers' }));
  await user.click(await screen.findByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { name: 'Your starting plan' });
}

const preview = () => screen.getByRole('region', { name: 'Your plan' });
const previewRows = () => within(preview()).getAllByRole('listitem').map((li) => li.textContent);

describe('the first step', () => {
  it('asks whether walking tightness eases when leaning forward only when walking is what bothers the person', async () => {
    const user = userEvent.setup();
    render(<Onboarding />);
    const leaning = () => screen.queryByRole('group', { name: /does it ease if you sit down or lean forward/ });
    expect(leaning()).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'My back tightens when I walk' }));
    expect(leaning()).toBeVisible();
    await user.click(screen.getByRole('radio', { name: /at a desk or in the car/ }));
    expect(leaning()).toBeNull();
    await user.click(screen.getByRole('radio', { name: /^Both/ }));
    expect(leaning()).toBeVisible();
  });
});

describe('the plan step', () => {
  it('stenosis-type tightness, one morning routine: Walk-ready alone at 07:30, with its props, saved as shown', async () => {
    const user = userEvent.setup();
    await toPlanStep(user, 'My back tightens when I walk', 'Yes');
    expect(screen.getByRole('radio', { name: /One routine a day/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Morning' })).toBeChecked();
    expect(screen.getByLabelText('Start time')).toHaveValue('07:30');
    expect(previewRows()).toEqual(['07:30Walk-readyEvery day, about 10 min']);
    expect(preview()).toHaveTextContent('You will need: a mat or a rug on the floor; a cushion or folded towel to kneel on; a strap, belt or towel.');
    expect(preview()).toHaveTextContent('Your back eases when you sit or lean forward.');
    expect(preview()).toHaveTextContent('On a walk: when your back tightens, lean forward');
    expect(preview()).toHaveTextContent('Reminders: off.');
    await user.click(screen.getByRole('checkbox', { name: 'Remind me at 07:30' }));
    expect(preview()).toHaveTextContent('Reminders: a notification at 07:30.');
    await user.click(screen.getByRole('button', { name: 'Start using Backstride' }));
    await vi.waitFor(() => expect(replace).toHaveBeenCalledWith('/'));
    const plan = await listPlan();
    expect(plan.map((e) => [e.routineId, e.time, e.weekdays.length, e.reminder])).toEqual([['walk-ready', '07:30', 7, true]]);
    expect(await readOnboarding()).toMatchObject({
      skipped: false,
      concern: 'after-minutes',
      easesLeaning: 'yes',
      starter: 'daily-only',
      timeOfDay: 'morning',
      time: '07:30',
      reminders: true,
    });
  });

  it('desk stiffness, a fuller week in the evening at a time the person typed: core + hip flexors, all after that time', async () => {
    const user = userEvent.setup();
    await toPlanStep(user, 'My back gets stiff when I sit a lot, at a desk or in the car');
    expect(screen.getByRole('radio', { name: /One routine a day/ })).toHaveAccessibleName(/Core \+ hip flexors: plank and hip-flexor stretch every day, about 5 minutes/);
    await user.click(screen.getByRole('radio', { name: /A fuller week/ }));
    await user.click(screen.getByRole('radio', { name: 'Evening' }));
    expect(screen.getByLabelText('Start time')).toHaveValue('18:30');
    await user.clear(screen.getByLabelText('Start time'));
    await user.type(screen.getByLabelText('Start time'), '19:05');
    expect(screen.getByRole('radio', { name: 'Evening' })).toBeChecked();
    expect(previewRows()).toEqual([
      '19:05Core + hip flexors: plank and hip-flexor stretchEvery day, about 5 min',
      '19:10Core + glutes: bird-dog and bridgeMonday, Wednesday and Friday, about 4 min',
      '19:10Hamstring stretchTuesday, Thursday, Saturday and Sunday, about 3 min',
    ]);
    expect(preview()).toHaveTextContent('You will need: a mat or a rug on the floor; a cushion or folded towel to kneel on; a strap, belt or towel.');
    expect(preview()).toHaveTextContent('For a back that stiffens with sitting');
    await user.click(screen.getByRole('button', { name: 'Start using Backstride' }));
    await vi.waitFor(() => expect(replace).toHaveBeenCalledWith('/'));
    const plan = await listPlan();
    expect(plan.map((e) => `${e.time} ${e.routineId}`).sort()).toEqual(['19:05 core-hip-flexors', '19:10 core-glutes', '19:10 hamstrings']);
    expect(plan.every((e) => !e.reminder)).toBe(true);
    expect(await readOnboarding()).toMatchObject({ concern: 'desk', starter: 'balanced', timeOfDay: 'evening', time: '19:05', reminders: false });
    expect(await readOnboarding()).not.toHaveProperty('easesLeaning');
  });

  it('a start time left empty is refused at the field, and nothing is saved', async () => {
    const user = userEvent.setup();
    await toPlanStep(user, null);
    await user.clear(screen.getByLabelText('Start time'));
    expect(screen.queryByRole('region', { name: 'Your plan' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Start using Backstride' }));
    expect(screen.getByLabelText('Start time')).toHaveAccessibleDescription('Enter a time of day from 00:00 to 23:59, such as 07:30.');
    expect(screen.getByLabelText('Start time')).toHaveFocus();
    expect(replace).not.toHaveBeenCalled();
    expect(await listPlan()).toEqual([]);
    expect(await readOnboarding()).toBeUndefined();
  });

  it('someone answering again keeps their own plan by default; no time or reminder is asked for it', async () => {
    await savePlanEntry({ id: 'own', routineId: 'core', weekdays: [2], time: '06:45', reminder: false, remindMinutesBefore: 0, createdAt: 1 }, 1);
    const user = userEvent.setup();
    await toPlanStep(user, 'My back feels stiff in general');
    expect(await screen.findByRole('radio', { name: /Keep my current plan/ })).toBeChecked();
    expect(screen.queryByLabelText('Start time')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Your plan' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Start using Backstride' }));
    await vi.waitFor(() => expect(replace).toHaveBeenCalledWith('/'));
    expect((await listPlan()).map((e) => e.id)).toEqual(['own']);
  });
});
