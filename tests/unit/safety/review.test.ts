import { differenceInCalendarMonths } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { isDayKey, parseDay } from '@/lib/days';
import { SAFETY_REVIEWED_AT, SAFETY_SOURCES } from '@/lib/safety';

describe('safety content review', () => {
  it('was reviewed within the last 12 months (update SAFETY_REVIEWED_AT after reading the sources again)', () => {
    expect(isDayKey(SAFETY_REVIEWED_AT)).toBe(true);
    const reviewed = parseDay(SAFETY_REVIEWED_AT);
    const now = new Date();
    expect(reviewed.getTime()).toBeLessThanOrEqual(now.getTime());
    expect(differenceInCalendarMonths(now, reviewed)).toBeLessThan(12);
  });

  it('names the guidance it follows', () => {
    expect(SAFETY_SOURCES.join(' ')).toMatch(/NICE.*NG59/);
    expect(SAFETY_SOURCES.join(' ')).toMatch(/cauda equina/);
  });
});
