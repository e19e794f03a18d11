import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- the test starts each case from an empty database
import { db } from '@/lib/db/db';
import { readNotified } from '@/lib/db/reminder-state';
import { claimThenShow, storedClaims, type ReminderClaims } from '@/lib/reminders/claim-then-show';
import type { ReminderNotice } from '@/lib/reminders/notify';

const notice: ReminderNotice = { key: 'e-walk@2026-03-30', title: 'Walk-ready at 07:30', body: 'About 6 min.', url: '/session?routine=walk-ready' };

/** Claims in memory, as storage would keep them. */
function memoryClaims(): ReminderClaims & { held: Set<string> } {
  const held = new Set<string>();
  return {
    held,
    claim: async (key) => (held.has(key) ? false : (held.add(key), true)),
    release: async (key) => void held.delete(key),
  };
}

describe('claimThenShow', () => {
  it('claims, then shows, and keeps the claim once shown', async () => {
    const claims = memoryClaims();
    const show = vi.fn(async () => true);
    expect(await claimThenShow({ claims, canShow: () => true, show })(notice)).toBe(true);
    expect(show).toHaveBeenCalledWith(notice);
    expect(claims.held).toEqual(new Set([notice.key]));
  });

  it('does not show a reminder another caller already claimed, and counts it as up', async () => {
    const claims = memoryClaims();
    const first = vi.fn(async () => true);
    const second = vi.fn(async () => true);
    expect(await claimThenShow({ claims, canShow: () => true, show: first })(notice)).toBe(true);
    expect(await claimThenShow({ claims, canShow: () => true, show: second })(notice)).toBe(true);
    expect(first).toHaveBeenCalledOnce();
    expect(second).not.toHaveBeenCalled();
  });

  it('claims nothing when notifications cannot go up (permission not granted)', async () => {
    const claims = memoryClaims();
    const show = vi.fn(async () => true);
    expect(await claimThenShow({ claims, canShow: () => false, show })(notice)).toBe(false);
    expect(show).not.toHaveBeenCalled();
    expect(claims.held.size).toBe(0);
  });

  it('gives the claim back when the browser refuses the notification, so it can go up later', async () => {
    const claims = memoryClaims();
    const refused = claimThenShow({ claims, canShow: () => true, show: async () => false });
    expect(await refused(notice)).toBe(false);
    expect(claims.held.size).toBe(0);

    const later = vi.fn(async () => true);
    expect(await claimThenShow({ claims, canShow: () => true, show: later })(notice)).toBe(true);
    expect(later).toHaveBeenCalledOnce();
  });

  it('gives the claim back when showing throws, and passes the error on', async () => {
    const claims = memoryClaims();
    const failure = new TypeError('showNotification: no active worker');
    const throwing = claimThenShow({ claims, canShow: () => true, show: async () => Promise.reject(failure) });
    await expect(throwing(notice)).rejects.toBe(failure);
    expect(claims.held.size).toBe(0);
  });
});

describe('claimThenShow with the claims kept in IndexedDB', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
  });

  it('two callers at once (two tabs, or a tab and the service worker) show a reminder once', async () => {
    const shown: string[] = [];
    const caller = (name: string) => claimThenShow({ claims: storedClaims, canShow: () => true, show: async () => (shown.push(name), true) });
    const results = await Promise.all([caller('tab')(notice), caller('worker')(notice)]);
    expect(results).toEqual([true, true]);
    expect(shown).toHaveLength(1);
    expect(await readNotified()).toEqual([notice.key]);
  });

  it('a reminder whose notification failed is not marked shown, so a reload shows it', async () => {
    const failing = claimThenShow({ claims: storedClaims, canShow: () => true, show: async () => Promise.reject(new Error('closed')) });
    await expect(failing(notice)).rejects.toThrow('closed');
    expect(await readNotified()).toEqual([]);

    const show = vi.fn(async () => true);
    expect(await claimThenShow({ claims: storedClaims, canShow: () => true, show })(notice)).toBe(true);
    expect(show).toHaveBeenCalledOnce();
  });

  it('releasing one claim keeps the others', async () => {
    await storedClaims.claim('a@2026-03-30');
    await storedClaims.claim(notice.key);
    await storedClaims.claim('b@2026-03-30');
    await storedClaims.release(notice.key);
    expect(await readNotified()).toEqual(['a@2026-03-30', 'b@2026-03-30']);
  });
});
