// The history editors send only the fields the person changed (issue 16, point 7).
import { describe, expect, it } from 'vitest';
import { changedFields, isEmptyPatch } from '@/lib/model';

type Form = { tightness?: number; note?: string; effort?: string; legSymptoms?: boolean };

describe('changedFields', () => {
  it.each<[string, Form, Form, Form]>([
    ['nothing changed', { tightness: 4, note: 'ok' }, { tightness: 4, note: 'ok' }, {}],
    ['only the note', { tightness: 4, note: 'ok' }, { tightness: 4, note: 'better' }, { note: 'better' }],
    ['tightness rated where there was none', { tightness: undefined }, { tightness: 3 }, { tightness: 3 }],
    ['tightness cleared', { tightness: 3 }, { tightness: undefined }, { tightness: undefined }],
    ['0 is a change from unrated', { tightness: undefined }, { tightness: 0 }, { tightness: 0 }],
    ['a box unticked', { legSymptoms: true }, { legSymptoms: false }, { legSymptoms: false }],
    ['effort first chosen', { effort: undefined, note: undefined }, { effort: 'hard', note: undefined }, { effort: 'hard' }],
  ])('%s', (_name, shown, edited, expected) => {
    const patch = changedFields(shown, edited);
    expect(patch).toStrictEqual(expected);
    expect(isEmptyPatch(patch)).toBe(Object.keys(expected).length === 0);
  });

  it('leaves a field the form did not change out, so another tab’s value survives', () => {
    const patch = changedFields({ tightness: undefined, note: 'a' }, { tightness: undefined, note: 'b' });
    expect('tightness' in patch).toBe(false);
  });
});
