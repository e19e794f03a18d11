// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaintScripts, scriptsAfterFirstPaint } from '@/scripts/after-paint.mjs';

const A = '/_next/static/chunks/aaa.js';
const B = '/_next/static/chunks/turbopack-bbb.js';
const PAGE = '/_next/static/chunks/ccc.js';

/** The head and body Next 16 exports, cut down to the parts the rewrite reads. */
const exported = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  `<link rel="stylesheet" href="/_next/static/chunks/x.css" data-precedence="next"/>`,
  `<link rel="preload" as="script" fetchPriority="low" href="${PAGE}"/>`,
  `<script src="${A}" async=""></script><script src="${B}" async=""></script>`,
  '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
  '</head><body><h1>Today</h1><script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  `<script src="${PAGE}" async=""></script></body></html>`,
].join('');

const loaderBody = (html: string) => /<script data-after-paint="">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

describe('scriptsAfterFirstPaint', () => {
  const out = scriptsAfterFirstPaint(exported);

  it('takes every async chunk out of the page, and the page chunk’s early preload with them', () => {
    expect(out).not.toMatch(/<script src="[^"]+" async="">/);
    expect(out).not.toContain('rel="preload" as="script"');
  });

  it('keeps everything else: styles, inline scripts, the nomodule polyfill, the content', () => {
    expect(out).toContain('rel="stylesheet"');
    expect(out).toContain('(self.__next_f=self.__next_f||[]).push([0])');
    expect(out).toContain('noModule=""');
    expect(out).toContain('<h1>Today</h1>');
  });

  it('names the same scripts, in the order Next gave them, in one loader at the end of <body>', () => {
    expect(afterPaintScripts(out)).toEqual([A, B, PAGE]);
    expect(out.indexOf('data-after-paint')).toBeGreaterThan(out.indexOf('<h1>Today</h1>'));
    expect(out.endsWith('</script></body></html>')).toBe(true);
  });

  it('leaves a page without async chunks alone, and a page already rewritten unchanged', () => {
    const plain = '<html><head></head><body><p>Hi</p></body></html>';
    expect(scriptsAfterFirstPaint(plain)).toBe(plain);
    expect(scriptsAfterFirstPaint(out)).toBe(out);
    expect(afterPaintScripts(plain)).toEqual([]);
  });
});

describe('the loader in a page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    document.head.innerHTML = '';
  });

  const inserted = () => [...document.head.querySelectorAll('script')].map((s) => s.getAttribute('src'));
  const run = (html: string) => new Function(loaderBody(html))();

  it('inserts nothing before the first frame, then every script once, in order', () => {
    vi.useFakeTimers();
    let frame: FrameRequestCallback | undefined;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frame = callback;
      return 1;
    });
    run(scriptsAfterFirstPaint(exported));
    expect(inserted()).toEqual([]);
    frame?.(0);
    vi.advanceTimersByTime(0);
    expect(inserted()).toEqual([A, B, PAGE]);
    // The fallback for a frame that never comes does not insert them a second time.
    vi.advanceTimersByTime(1000);
    expect(inserted()).toEqual([A, B, PAGE]);
  });

  it('inserts them on the first contentful paint, even with every timer stopped', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 1);
    let paint: ((name: string) => void) | undefined;
    let observed: unknown;
    const disconnect = vi.fn();
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        constructor(callback: (list: { getEntriesByName: (n: string) => unknown[] }, observer: { disconnect: () => void }) => void) {
          paint = (name) => callback({ getEntriesByName: (n) => (n === name ? [{ name }] : []) }, { disconnect });
        }
        observe(options: unknown) {
          observed = options;
        }
      },
    );
    run(scriptsAfterFirstPaint(exported));
    expect(observed).toEqual({ type: 'paint', buffered: true });
    expect(inserted()).toEqual([]);
    // A first paint without content (the page's background) is not yet the moment.
    paint?.('first-paint');
    expect(inserted()).toEqual([]);
    paint?.('first-contentful-paint');
    expect(inserted()).toEqual([A, B, PAGE]);
    expect(disconnect).toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(inserted()).toEqual([A, B, PAGE]);
  });

  it('inserts them after 250 ms when no frame is drawn', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 1);
    run(scriptsAfterFirstPaint(exported));
    vi.advanceTimersByTime(249);
    expect(inserted()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(inserted()).toEqual([A, B, PAGE]);
  });

  it('inserts them at once in a hidden tab, where frames do not come', () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    run(scriptsAfterFirstPaint(exported));
    expect(inserted()).toEqual([A, B, PAGE]);
  });
});
