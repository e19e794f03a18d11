// The session summary's one-tap "new leg symptoms" box: ticking it saves it on the session
// record and offers the warning-sign questions, whatever the tightness.
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SessionSummary } from '@/components/player/SessionSummary';
import { getRoutine } from '@/lib/content';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';
import { getSession, saveSession } from '@/lib/db/sessions';
import type { SessionRecord } from '@/lib/model';
import { buildExerciseResult, buildSession } from '../../fixtures/records';

const START = Date.now() - 10 * 60_000;
const record: SessionRecord = buildSession({
  id: 's1', routineId: 'core', startedAt: START, endedAt: START + 5 * 60_000, day: '2026-11-25',
  results: [buildExerciseResult({ exerciseId: 'forearm-plank', planned: 20, done: 20 })],
});

beforeEach(async () => {
  await db.delete();
  await db.open();
  await saveSession(record);
});

describe('"New numbness, tingling or weakness in a leg" on the summary', () => {
  it('offers the screening and saves the answer on the session; unticking takes both back', async () => {
    const user = userEvent.setup();
    render(<SessionSummary routine={getRoutine('core')!} record={record} save="saved" />);
    expect(screen.queryByRole('link', { name: 'Answer the safety questions' })).toBeNull();

    const box = screen.getByRole('checkbox', { name: 'New numbness, tingling or weakness in a leg' });
    await user.click(box);
    expect(screen.getByText(/New numbness, tingling or weakness in a leg is worth checking/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Answer the safety questions' })).toHaveAttribute('href', '/safety#screening');
    await waitFor(async () => expect((await getSession('s1'))?.legSymptoms).toBe(true));

    await user.click(box);
    expect(screen.queryByRole('link', { name: 'Answer the safety questions' })).toBeNull();
    await waitFor(async () => expect((await getSession('s1'))?.legSymptoms).toBeUndefined());
  });
});
