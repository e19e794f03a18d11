// A full disk is told apart from other write failures in every shape browsers and Dexie use.
// eslint-disable-next-line no-restricted-imports -- the errors Dexie itself throws are the cases
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { FREE_UP_SPACE, STORAGE_FULL, isQuotaError, saveFailedMessage } from '@/lib/db/write-failure';

const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaError', () => {
  it.each([
    ['a DOMException named QuotaExceededError', quota, true],
    ["Dexie's QuotaExceededError", new Dexie.QuotaExceededError('full'), true],
    ['a transaction aborted because of one (Dexie AbortError, inner)', new Dexie.AbortError('aborted', quota), true],
    ['a bulk write whose failures hold one', new Dexie.BulkError('bulkPut failed', [quota]), true],
    ['an Error whose cause is one', new Error('write failed', { cause: quota }), true],
    ["Firefox's legacy name", { name: 'NS_ERROR_DOM_QUOTA_REACHED' }, true],
    ['the legacy code 22', { name: 'Error', code: 22 }, true],
    ['the stand-in kept where only the fact was kept', STORAGE_FULL, true],
    ['storage refused (private mode)', new DOMException('blocked', 'SecurityError'), false],
    ['a closed database', new Dexie.DatabaseClosedError('closed'), false],
    ['a transaction aborted for another reason', new Dexie.AbortError('aborted', new DOMException('x', 'ConstraintError')), false],
    ['a plain error', new Error('boom'), false],
    ['a string', 'QuotaExceededError', false],
    ['nothing', undefined, false],
    ['null', null, false],
  ])('%s → %s', (_what, error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });

  it('does not loop on an error that wraps itself', () => {
    const error = new Error('loop') as Error & { inner?: unknown };
    error.inner = error;
    expect(isQuotaError(error)).toBe(false);
  });
});

describe('saveFailedMessage', () => {
  it.each([
    ['storage full', quota, {}, `This walk could not be saved: storage on this device is full. ${FREE_UP_SPACE} Then try again.`],
    ['storage full, with its own next step', quota, { whenFull: 'Download it.' }, `This walk could not be saved: storage on this device is full. ${FREE_UP_SPACE} Download it.`],
    ['anything else', new Error('boom'), {}, 'This walk could not be saved on this device. Please try again.'],
    ['anything else, with its own next step', undefined, { otherwise: 'Download it.' }, 'This walk could not be saved on this device. Download it.'],
  ])('%s', (_what, error, words, expected) => {
    expect(saveFailedMessage('This walk', error, words)).toBe(expected);
  });

  it('under a full disk says what to do, not only "please try again"', () => {
    const text = saveFailedMessage('Your check-in', quota);
    expect(text).toMatch(/storage on this device is full/);
    expect(text).toMatch(/Free up space/);
    expect(text).toMatch(/export a backup/);
    expect(text).not.toMatch(/Please try again/);
  });
});
