import { describe, expect, it } from 'vitest';
import { emergencyGate, type ScreeningRecord } from '@/lib/safety/screening';

const record = (over: Partial<ScreeningRecord>): ScreeningRecord => ({ id: 'r', at: 0, day: '2026-11-25', answers: {}, outcome: 'emergency', ...over });

describe('emergencyGate', () => {
  it.each([
    ['no screening', undefined, false],
    ['clear', record({ outcome: 'clear' }), false],
    ['see a clinician soon', record({ outcome: 'see-clinician' }), false],
    ['emergency today, not acknowledged', record({}), true],
    ['emergency today, acknowledged', record({ acknowledgedAt: 1 }), true],
    ['emergency yesterday, not acknowledged', record({ day: '2026-11-24' }), true],
    ['emergency yesterday, acknowledged', record({ day: '2026-11-24', acknowledgedAt: 1 }), false],
  ] as const)('%s → %s', (_name, latest, gated) => {
    expect(emergencyGate(latest, '2026-11-25')).toBe(gated);
  });
});
