// The progress benchmark measures what the screen shows: its chart and page sizes are the
// screen's own, not copies left behind when the screen changes.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADHERENCE_WEEKS } from '@/components/progress/ProgressScreen';
import { HISTORY_PAGE } from '@/components/progress/SessionHistory';

describe('scripts/bench-progress.mjs', () => {
  it('uses the screen’s adherence weeks and history page size', async () => {
    const script = await readFile(resolve(process.cwd(), 'scripts/bench-progress.mjs'), 'utf8');
    expect(Number(/ADHERENCE_WEEKS = (\d+)/.exec(script)?.[1])).toBe(ADHERENCE_WEEKS);
    expect(Number(/HISTORY_PAGE = (\d+)/.exec(script)?.[1])).toBe(HISTORY_PAGE);
  });
});
