import { describe, expect, it } from 'vitest';
import { exercises } from '@/lib/content';
import { AFTER_STOPPING, STOP_SIGNS, stopSignsFor } from '@/lib/safety';

describe('stop signs', () => {
  it('keep the three shipped ids first, in order', () => {
    expect(STOP_SIGNS.map((s) => s.id).slice(0, 3)).toEqual(['sharp-pain', 'spreading-pain', 'numbness-tingling']);
  });

  it('cover pain, nerve signs, weakness, dizziness, chest pain, breathlessness and loss of balance', () => {
    expect(STOP_SIGNS.map((s) => s.id)).toEqual([
      'sharp-pain',
      'spreading-pain',
      'numbness-tingling',
      'weakness',
      'dizziness',
      'chest-pain',
      'breathlessness',
      'balance',
    ]);
    const signs = STOP_SIGNS.map((s) => s.sign).join(' | ');
    expect(signs).toMatch(/sharp/i);
    expect(signs).toMatch(/down a leg/);
    expect(signs).toMatch(/numbness or tingling/i);
    expect(signs).toMatch(/leg that feels weak or gives way/);
    expect(signs).toMatch(/dizzy[^|]*faint/);
    expect(signs).toMatch(/pain, pressure or tightness in your chest/i);
    expect(signs).toMatch(/out of breath/);
    expect(signs).toMatch(/staggering[^|]*losing your balance/i);
  });

  it('have unique ids and signs', () => {
    expect(new Set(STOP_SIGNS.map((s) => s.id)).size).toBe(STOP_SIGNS.length);
    expect(new Set(STOP_SIGNS.map((s) => s.sign)).size).toBe(STOP_SIGNS.length);
  });

  it.each(STOP_SIGNS)('$id explains itself in one sentence', ({ why }) => {
    expect(why).toMatch(/^[A-Z][^.?!]*\.$/);
  });

  it.each(exercises.map((e) => [e.id, e] as const))('all apply to %s, before its own signs', (_id, e) => {
    const signs = stopSignsFor(e);
    expect(signs.slice(0, STOP_SIGNS.length)).toEqual(STOP_SIGNS.map((s) => s.sign));
    expect(signs.slice(STOP_SIGNS.length)).toEqual([...e.stopIf]);
    // An exercise's own list adds to the shared one rather than repeating it.
    for (const own of e.stopIf) expect(STOP_SIGNS.map((s) => s.sign)).not.toContain(own);
  });

  it('says to stop first, sends chest pain to the emergency number, and names a doctor or physiotherapist', () => {
    expect(AFTER_STOPPING.steps[0]).toMatch(/^Stop/);
    expect(AFTER_STOPPING.steps.join(' ')).toMatch(/chest pain[^.]*emergency number/);
    expect(AFTER_STOPPING.steps.join(' ')).toMatch(/doctor or physiotherapist/);
    expect(AFTER_STOPPING.steps.join(' ')).not.toMatch(/clinician/);
  });
});
