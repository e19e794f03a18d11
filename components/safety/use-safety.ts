'use client';
// Where the person stands after their screenings, live: any screen that offers exercise reads
// it here, so an answer given in another tab or on another screen applies at once.
import { useLiveQuery } from 'dexie-react-hooks';
import { useNow } from '@/components/ui/use-now';
import { listScreenings } from '@/lib/db/safety';
import { readSettings } from '@/lib/db/settings';
import type { Settings } from '@/lib/model';
import { dayKey } from '@/lib/days';
import { recheckDue, safetyStatus, type RecheckReason, type SafetyStatus, type ScreeningRecord } from '@/lib/safety';

export interface SafetyView {
  readonly status: SafetyStatus;
  readonly recheck: RecheckReason | null;
  readonly settings: Settings;
  readonly screenings: readonly ScreeningRecord[];
  readonly today: string;
}

async function readSafety() {
  const [screenings, settings] = await Promise.all([listScreenings(), readSettings()]);
  return { screenings, settings };
}

export function safetyView(screenings: readonly ScreeningRecord[], settings: Settings, now: number): SafetyView {
  const today = dayKey(now, settings.rolloverHour);
  const status = safetyStatus(screenings, today, settings.rolloverHour);
  return { status, recheck: status.kind === 'clear' ? recheckDue(screenings, today) : null, settings, screenings, today };
}

/** Undefined while loading; null when storage cannot be read (exercise is not held then). */
export function useSafety(): SafetyView | null | undefined {
  const now = useNow();
  const data = useLiveQuery(() => readSafety().catch(() => null), []);
  if (data === undefined) return undefined;
  if (data === null) return null;
  return safetyView(data.screenings, data.settings, now);
}
