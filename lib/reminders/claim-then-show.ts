// Claim-then-show, the one way a reminder goes up: claim it in storage, show it, and give the
// claim back when showing fails, so two tabs, a reload and the service worker never show the
// same reminder twice and a reminder that could not be shown is not lost.
import { claimReminder, releaseReminder } from '@/lib/db/reminder-state';
import type { ReminderNotice } from './notify';

export interface ReminderClaims {
  /** True for the first caller only. */
  claim(key: string): Promise<boolean>;
  /** Gives a claim back, so the reminder may be claimed (and shown) again. */
  release(key: string): Promise<void>;
}

/** Claims kept in IndexedDB, shared by every tab and the service worker. */
export const storedClaims: ReminderClaims = { claim: claimReminder, release: releaseReminder };

export interface ClaimThenShowOptions {
  readonly claims: ReminderClaims;
  /**
   * Whether a notification can go up at all (permission granted). Asked before claiming, so a
   * reminder is never claimed by a caller that could not show it.
   */
  readonly canShow: () => boolean;
  /** Puts the notification up: true when shown, false when refused. May throw. */
  readonly show: (notice: ReminderNotice) => Promise<boolean>;
}

/**
 * A `show` for the reminder loop and for snoozes. Resolves true when the reminder is up — shown
 * here, or claimed by another caller (which shows it) — and false when it could not be shown;
 * then nothing stays claimed. A `show` that throws has its claim released, then rethrows.
 */
export function claimThenShow({ claims, canShow, show }: ClaimThenShowOptions): (notice: ReminderNotice) => Promise<boolean> {
  return async (notice) => {
    if (!canShow()) return false;
    if (!(await claims.claim(notice.key))) return true;
    let shown: boolean;
    try {
      shown = await show(notice);
    } catch (error) {
      await claims.release(notice.key);
      throw error;
    }
    if (!shown) await claims.release(notice.key);
    return shown;
  };
}
