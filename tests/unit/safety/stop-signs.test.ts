import { describe, expect, it } from 'vitest';
import { AFTER_STOPPING, STOP_SIGNS } from '@/lib/safety';

describe('stop signs', () => {
  it('cover sharp pain, pain spreading down a leg, and numbness or tingling', () => {
    expect(STOP_SIGNS.map((s) => s.id)).toEqual(['sharp-pain', 'spreading-pain', 'numbness-tingling']);
    const signs = STOP_SIGNS.map((s) => s.sign).join(' | ');
    expect(signs).toMatch(/sharp/i);
    expect(signs).toMatch(/down a leg/);
    expect(signs).toMatch(/numbness or tingling/i);
  });

  it.each(STOP_SIGNS)('$id explains itself in one sentence', ({ why }) => {
    expect(why).toMatch(/^[A-Z][^.?!]*\.$/);
  });

  it('says to stop first', () => {
    expect(AFTER_STOPPING.steps[0]).toMatch(/^Stop/);
  });
});
