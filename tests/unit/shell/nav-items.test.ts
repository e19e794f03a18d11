import { describe, expect, it } from 'vitest';
import { isCurrent, NAV_ITEMS } from '@/components/shell/nav-items';

describe('isCurrent', () => {
  it.each([
    ['/', '/', true],
    ['/', '/routines', false],
    ['/routines', '/routines', true],
    ['/routines', '/routines/', true],
    ['/routines', '/routines/core', true],
    ['/routines', '/exercises/bird-dog', true],
    ['/plan', '/planet', false],
    ['/progress', '/plan', false],
  ])('%s is current at %s: %s', (href, pathname, expected) => {
    expect(isCurrent(href, pathname)).toBe(expected);
  });

  it('lights exactly one item for every screen', () => {
    for (const path of ['/', '/routines', '/plan', '/progress', '/relief', '/safety', '/settings', '/exercises/plank']) {
      expect(NAV_ITEMS.filter((item) => isCurrent(item.href, path))).toHaveLength(1);
    }
  });
});
