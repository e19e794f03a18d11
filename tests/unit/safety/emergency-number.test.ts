import { describe, expect, it } from 'vitest';
import { EMERGENCY_REGIONS, emergencyContact, guessRegion, parseEmergencyNumber, type EmergencyChoice } from '@/lib/safety';

const GUESS: EmergencyChoice = { emergencyRegion: null, emergencyNumber: null };

describe('emergencyContact', () => {
  it.each<[string, EmergencyChoice, string[], ReturnType<typeof emergencyContact>]>([
    ['guessed from en-GB', GUESS, ['en-GB', 'en'], { number: '999', regionName: 'the United Kingdom', guessed: true }],
    ['guessed from en-US', GUESS, ['en-US'], { number: '911', regionName: 'the United States', guessed: true }],
    ['guessed from de-DE', GUESS, ['de-DE'], { number: '112', regionName: 'Germany', guessed: true }],
    ['guessed from en-AU', GUESS, ['en-AU'], { number: '000', regionName: 'Australia', guessed: true }],
    ['the first language with a known region wins', GUESS, ['fr', 'es-419', 'en-NZ'], { number: '111', regionName: 'New Zealand', guessed: true }],
    ['a bare language says nothing: ask', GUESS, ['en', 'fr'], null],
    ['an unknown region: ask', GUESS, ['sw-KE'], null],
    ['a malformed tag is skipped', GUESS, ['not a tag!', 'en-IE'], { number: '112', regionName: 'Ireland', guessed: true }],
    ['a chosen region beats the guess', { emergencyRegion: 'AU', emergencyNumber: null }, ['en-GB'], { number: '000', regionName: 'Australia', guessed: false }],
    ['a typed number beats everything', { emergencyRegion: 'custom', emergencyNumber: '0118' }, ['en-GB'], { number: '0118', regionName: null, guessed: false }],
    ['custom without a number: ask', { emergencyRegion: 'custom', emergencyNumber: null }, ['en-GB'], null],
  ])('%s', (_, choice, languages, expected) => {
    expect(emergencyContact(choice, languages)).toEqual(expected);
  });

  it('every region has a 2–6 digit number and a unique code', () => {
    for (const r of EMERGENCY_REGIONS) expect(r.number).toMatch(/^\d{2,6}$/);
    expect(new Set(EMERGENCY_REGIONS.map((r) => r.code)).size).toBe(EMERGENCY_REGIONS.length);
    expect(guessRegion([])).toBeUndefined();
  });
});

describe('parseEmergencyNumber', () => {
  it.each<[string, string | null]>([
    ['112', '112'],
    [' 1 1 2 ', '112'],
    ['000', '000'],
    ['10177', '10177'],
    ['999999', '999999'],
    ['', null],
    ['1', null],
    ['1234567', null],
    ['11a', null],
    ['+44', null],
    ['1e2', null],
    ['0x1A', null],
    ['٩٩٩', null],
  ])('%j → %j', (input, value) => {
    const result = parseEmergencyNumber(input);
    expect(result.ok ? result.value : null).toBe(value);
    if (!result.ok) expect(result.error).toMatch(/digits|Enter the number/);
  });
});
