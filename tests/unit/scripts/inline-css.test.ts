import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from '@/scripts/inline-css.mjs';

const G = '/_next/static/chunks/global.css';
const M = '/_next/static/chunks/module.css';
const files: Record<string, string> = { [G]: 'body{margin:0}', [M]: '.card{padding:1rem}' };
const read = (href: string) => files[href] ?? '';
const link = (href: string) => `<link rel="stylesheet" href="${href}" data-precedence="next"/>`;
const page = `<html><head><meta charSet="utf-8"/>${link(G)}${link(M)}</head><body><h1>Today</h1></body></html>`;

describe('inlineStylesheets', () => {
  const out = inlineStylesheets(page, read);

  it('writes each stylesheet into the page, in order, and leaves its link unable to block or apply', () => {
    expect(out).toContain(
      `<style data-href="${G}">body{margin:0}</style><link rel="stylesheet" href="${G}" data-precedence="next" media="not all"/>` +
        `<style data-href="${M}">.card{padding:1rem}</style><link rel="stylesheet" href="${M}" data-precedence="next" media="not all"/>`,
    );
    expect(out).not.toContain(`${link(G)}`);
  });

  it('runs once: a page already inlined is left as it is', () => {
    expect(inlineStylesheets(out, read)).toBe(out);
  });

  it('refuses a stylesheet that would break inside the page', () => {
    expect(() => inlineStylesheets(link(G), () => 'a{content:"</style>"}')).toThrow(/contains <\/style>/);
    expect(() => inlineStylesheets(link(G), () => 'a{background:url(../media/x.svg)}')).toThrow(/relative url\(\)/);
    // Absolute, data: and fragment references mean the same anywhere.
    for (const css of ['a{background:url(/icons/x.svg)}', 'a{background:url("data:image/svg+xml,")}', 'a{filter:url(#f)}']) {
      expect(inlineStylesheets(link(G), () => css)).toContain(`<style data-href="${G}">${css}</style>`);
    }
  });
});
