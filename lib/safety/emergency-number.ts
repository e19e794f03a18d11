// The emergency number the call button dials: the one the person set, else their chosen
// region's, else a guess from the browser's language region. Unknown regions ask instead of
// guessing a number that may not work there.

export interface EmergencyRegion {
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string;
  readonly name: string;
  /** The number for an ambulance from any phone. */
  readonly number: string;
}

// 112 reaches emergency services across the European Union and in many other countries; the
// others are the national numbers for an ambulance.
export const EMERGENCY_REGIONS = [
  { code: 'AT', name: 'Austria', number: '112' },
  { code: 'AU', name: 'Australia', number: '000' },
  { code: 'BE', name: 'Belgium', number: '112' },
  { code: 'BR', name: 'Brazil', number: '192' },
  { code: 'CA', name: 'Canada', number: '911' },
  { code: 'CH', name: 'Switzerland', number: '144' },
  { code: 'CN', name: 'China', number: '120' },
  { code: 'CZ', name: 'Czechia', number: '112' },
  { code: 'DE', name: 'Germany', number: '112' },
  { code: 'DK', name: 'Denmark', number: '112' },
  { code: 'ES', name: 'Spain', number: '112' },
  { code: 'FI', name: 'Finland', number: '112' },
  { code: 'FR', name: 'France', number: '112' },
  { code: 'GB', name: 'the United Kingdom', number: '999' },
  { code: 'GR', name: 'Greece', number: '112' },
  { code: 'HK', name: 'Hong Kong', number: '999' },
  { code: 'IE', name: 'Ireland', number: '112' },
  { code: 'IL', name: 'Israel', number: '101' },
  { code: 'IN', name: 'India', number: '112' },
  { code: 'IT', name: 'Italy', number: '112' },
  { code: 'JP', name: 'Japan', number: '119' },
  { code: 'KR', name: 'South Korea', number: '119' },
  { code: 'MX', name: 'Mexico', number: '911' },
  { code: 'NL', name: 'the Netherlands', number: '112' },
  { code: 'NO', name: 'Norway', number: '113' },
  { code: 'NZ', name: 'New Zealand', number: '111' },
  { code: 'PL', name: 'Poland', number: '112' },
  { code: 'PT', name: 'Portugal', number: '112' },
  { code: 'SE', name: 'Sweden', number: '112' },
  { code: 'SG', name: 'Singapore', number: '995' },
  { code: 'US', name: 'the United States', number: '911' },
] as const satisfies readonly EmergencyRegion[];

export type RegionCode = (typeof EMERGENCY_REGIONS)[number]['code'];

export const REGION_CODES: readonly RegionCode[] = EMERGENCY_REGIONS.map((r) => r.code);

export function findRegion(code: string | null | undefined): EmergencyRegion | undefined {
  return EMERGENCY_REGIONS.find((r) => r.code === code);
}

/** The first language tag with a region we know ("en-GB" → GB); a bare "en" says nothing. */
export function guessRegion(languages: readonly string[]): EmergencyRegion | undefined {
  for (const tag of languages) {
    let region: string | undefined;
    try {
      region = new Intl.Locale(tag).region;
    } catch {
      continue;
    }
    const known = findRegion(region);
    if (known) return known;
  }
  return undefined;
}

export interface EmergencyChoice {
  /** 'custom' when the person typed their own number. */
  readonly emergencyRegion: RegionCode | 'custom' | null;
  readonly emergencyNumber: string | null;
}

export interface EmergencyContact {
  readonly number: string;
  /** "the United Kingdom"; null for a number the person typed. */
  readonly regionName: string | null;
  /** Guessed from the browser's language rather than chosen. */
  readonly guessed: boolean;
}

/** The number to call, or null when it is not known and the person must be asked. */
export function emergencyContact(choice: EmergencyChoice, languages: readonly string[]): EmergencyContact | null {
  if (choice.emergencyRegion === 'custom') {
    return choice.emergencyNumber ? { number: choice.emergencyNumber, regionName: null, guessed: false } : null;
  }
  const chosen = findRegion(choice.emergencyRegion);
  if (chosen) return { number: chosen.number, regionName: chosen.name, guessed: false };
  const guess = guessRegion(languages);
  return guess ? { number: guess.number, regionName: guess.name, guessed: true } : null;
}

/** An emergency number is 2 to 6 digits, nothing else. */
export const EMERGENCY_NUMBER = /^[0-9]{2,6}$/;

export type NumberParse = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly error: string };

/** A typed emergency number: spaces are forgiven, anything else but digits is refused. */
export function parseEmergencyNumber(input: string): NumberParse {
  const value = input.replace(/\s+/g, '');
  if (value === '') return { ok: false, error: 'Enter the number you would dial for an ambulance, for example 112.' };
  if (!/^[0-9]+$/.test(value)) return { ok: false, error: 'Use digits only, for example 112.' };
  if (!EMERGENCY_NUMBER.test(value)) return { ok: false, error: 'An emergency number has 2 to 6 digits, for example 112.' };
  return { ok: true, value };
}
