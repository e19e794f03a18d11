// The progress benchmark measures what the screen shows: it calls the screen's progressView(),
// and its history page size is the screen's own, not a copy left behind when the screen changes.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_PAGE } from '@/components/progress/SessionHistory';

describe('scripts/bench-progress.mjs', () => {
  it('uses the screen’s history page size', async () => {
    const script = await readFile(resolve(process.cwd(), 'scripts/bench-progress.mjs'), 'utf8');
    expect(Number(/HISTORY_PAGE = (\d+)/.exec(script)?.[1])).toBe(HISTORY_PAGE);
  });
});
