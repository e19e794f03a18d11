import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildPolicy, hashSource, inlineHashes, withCspMeta } from '@/scripts/csp-policy.mjs';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function page({ head = '', body = '' } = {}) {
  return `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>T</title>${head}</head><body>${body}</body></html>`;
}

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('hashSource', () => {
  it('is the base64 SHA-256 of the body, as a CSP source', () => {
    expect(hashSource('alert(1)')).toBe(sha('alert(1)'));
    // The value browsers publish for this body in their CSP error messages.
    expect(hashSource("doSomething();")).toBe("'sha256-RFWPLDbv2BY+rCkDzsE+0fr8ylGr2R2faWMhq4lfEQc='");
  });

  it('hashes non-ASCII text as UTF-8', () => {
    expect(hashSource('"Rücken — 60 s"')).toBe(sha('"Rücken — 60 s"'));
  });

  it('hashes line breaks as the parser leaves them (CRLF and CR become LF)', () => {
    expect(hashSource('a\r\nb\rc')).toBe(sha('a\nb\nc'));
  });
});

describe('inlineHashes', () => {
  it('gives one hash per inline script, in order, and none for scripts with a src', () => {
    const bodies = ['(self.__next_f=self.__next_f||[]).push([0])', 'self.__next_f.push([1,"x"])', 'try{localStorage}catch(e){}', ''];
    const html = page({
      head: '<script src="/_next/static/a.js" async=""></script><script src="/b.js" noModule=""></script>',
      body: bodies.map((b, i) => `<script${i === 1 ? ' id="_R_"' : ''}>${b}</script>`).join('<p>text</p>'),
    });
    expect(inlineHashes(html)).toEqual({ scripts: bodies.map(sha), styles: [] });
  });

  it('hashes inline style elements, and a repeated body once', () => {
    const html = page({ head: '<style>.a{color:red}</style><style data-x="1">.b{}</style>', body: '<script>x()</script><script>x()</script>' });
    expect(inlineHashes(html)).toEqual({ scripts: [sha('x()')], styles: [sha('.a{color:red}'), sha('.b{}')] });
  });

  it('reads a body up to its closing tag, whatever markup-like text it holds', () => {
    const body = 'self.__next_f.push([1,"\\u003cdiv\\u003e <b> & <p>"])';
    expect(inlineHashes(page({ body: `<script>${body}</script>` })).scripts).toEqual([sha(body)]);
  });
});

describe('buildPolicy', () => {
  const hashes = { scripts: [sha('a'), sha('b')], styles: [sha('c')] };

  it('allows self plus exactly the hashed inline code, never unsafe-inline or eval', () => {
    const policy = buildPolicy(hashes);
    expect(directive(policy, 'script-src')).toBe(`script-src 'self' 'report-sample' ${sha('a')} ${sha('b')}`);
    expect(directive(policy, 'style-src')).toBe(`style-src 'self' 'report-sample' ${sha('c')}`);
    expect(policy).not.toMatch(/unsafe|\*/);
    for (const d of ["object-src 'none'", "base-uri 'none'", "connect-src 'self'", "default-src 'self'", "worker-src 'self'", "manifest-src 'self'"]) {
      expect(policy.split('; ')).toContain(d);
    }
  });

  it('puts frame-ancestors only in the header policy (a meta policy cannot carry it)', () => {
    expect(buildPolicy(hashes)).not.toContain('frame-ancestors');
    expect(buildPolicy(hashes, { header: true }).split('; ')).toContain("frame-ancestors 'none'");
  });

  it('with no inline code, allows only self', () => {
    expect(directive(buildPolicy({ scripts: [], styles: [] }), 'script-src')).toBe("script-src 'self' 'report-sample'");
  });
});

describe('withCspMeta', () => {
  const html = page({ head: '<script src="/a.js" async=""></script>', body: '<script>one()</script><script>two()</script><script>three()</script>' });

  it('puts the policy in <head> right after the charset, before every script', () => {
    const out = withCspMeta(html).html;
    const meta = out.indexOf('<meta http-equiv="Content-Security-Policy"');
    expect(meta).toBe(out.indexOf('<meta charSet="utf-8"/>') + '<meta charSet="utf-8"/>'.length);
    expect(meta).toBeLessThan(out.indexOf('<script'));
  });

  it('puts it first in <head> when there is no charset tag', () => {
    const out = withCspMeta('<html><head><script>a()</script></head><body></body></html>').html;
    expect(out.startsWith('<html><head><meta http-equiv="Content-Security-Policy" content="')).toBe(true);
  });

  it('the meta policy is the header policy less frame-ancestors, with the page’s three hashes', () => {
    const { html: out, meta, header } = withCspMeta(html);
    expect(out).toContain(`content="${meta}"`);
    expect(header).toBe(`${meta}; frame-ancestors 'none'`);
    expect(directive(meta, 'script-src')).toBe(`script-src 'self' 'report-sample' ${['one()', 'two()', 'three()'].map(sha).join(' ')}`);
  });

  it('is idempotent: a second run keeps one tag and the same page', () => {
    const once = withCspMeta(html);
    const twice = withCspMeta(once.html);
    expect(twice).toEqual(once);
    expect(twice.html.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
  });

  it('leaves everything else in the page as it was', () => {
    expect(withCspMeta(html).html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')).toBe(html);
  });

  it('refuses a document without a head rather than writing a page with no policy', () => {
    expect(() => withCspMeta('<p>no head</p>')).toThrow(/head/);
  });
});
