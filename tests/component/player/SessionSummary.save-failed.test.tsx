// The final save of a session settles after its summary is on screen: when it fails then, the
// summary must say so and offer the record for download, not keep saying "Saved".
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SessionSummary } from '@/components/player/SessionSummary';
import { getRoutine } from '@/lib/content';
import type { SessionRecord } from '@/lib/model';

const routine = getRoutine('core')!;
const record: SessionRecord = {
  id: 's1', routineId: 'core', startedAt: 0, endedAt: 5 * 60_000, day: '2026-11-25', completed: true, source: 'player', results: [],
};

describe('SessionSummary save outcome', () => {
  it('reports a save that fails after the summary appeared, and offers the download', () => {
    const { rerender } = render(<SessionSummary routine={routine} record={record} saveFailed={false} />);
    expect(screen.getByText('Saved on this device.')).toBeVisible();
    rerender(<SessionSummary routine={routine} record={record} saveFailed />);
    expect(screen.getByRole('alert')).toHaveTextContent('could not be saved');
    expect(screen.getByRole('button', { name: 'Download session record' })).toBeVisible();
    expect(screen.queryByText('Saved on this device.')).toBeNull();
  });
});
