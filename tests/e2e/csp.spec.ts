// The build's strict Content-Security-Policy (scripts/csp.mjs) against the real export: every
// exported page loads, hydrates and works with the policy delivered only as the header that
// `npm run serve` sends, and only as the page's own <meta> tag (what any static host gives),
// with no violation report. A probe then proves the policy is really enforced: inline code the
// build did not hash is refused. Every other browser test runs under both (the served build)
// and fails on any violation (fixtures.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, ROUTES, startWithSuggestedPlan, test, type Guard } from './fixtures';

const MIN = 60_000;
const META = /<meta http-equiv="Content-Security-Policy"[^>]*>/;

/** Every exported page, from the header list the build wrote: '/', '/relief', '/routines/core'… */
const PAGES: string[] = (JSON.parse(readFileSync('out/serve.json', 'utf8')).headers as { source: string; headers: { key: string }[] }[])
  .filter((entry) => entry.headers.some((h) => h.key === 'Content-Security-Policy'))
  .map((entry) => `/${entry.source.replace(/\.html$/, '').replace(/(^|\/)index$/, '')}`);

const headingFor = (path: string) => ROUTES.find((r) => r.path === path)?.heading ?? /./;

type Mode = 'header' | 'meta';

/** Serves every document with the policy in one place only: the header or the meta tag. */
async function deliverPolicyOnlyAs(page: Page, mode: Mode) {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-length'];
    delete headers['content-encoding'];
    let body = await response.text();
    if (mode === 'meta') delete headers['content-security-policy'];
    else body = body.replace(META, '');
    await route.fulfill({ response, headers, body });
  });
}

/** Violations and console lines about the policy, from before the page's first script. */
async function watchViolations(page: Page) {
  const consoleLines: string[] = [];
  page.on('console', (msg) => {
    if (/Content.Security.Policy/i.test(msg.text())) consoleLines.push(msg.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.effectiveDirective}: ${e.sample || e.blockedURI}`));
  });
  return {
    consoleLines,
    inPage: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}

/** Hydrated: React owns the layout, so the page's inline payload scripts ran. */
const hydrated = (page: Page) =>
  page.evaluate(() => {
    const main = document.getElementById('main');
    return main !== null && Object.keys(main).some((key) => key.startsWith('__react'));
  });

async function expectPolicyOnlyAs(page: Page, mode: Mode, response: import('@playwright/test').Response | null) {
  const header = response?.headers()['content-security-policy'];
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').count();
  if (mode === 'header') {
    expect(header).toContain("script-src 'self'");
    expect(header).toContain("frame-ancestors 'none'");
    expect(meta).toBe(0);
  } else {
    expect(header).toBeUndefined();
    expect(meta).toBe(1);
  }
}

const PROBE_SCRIPT = 'window.__cspProbe = 1';
const PROBE_STYLE = 'outline: 5px solid red';
const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** Chromium logs the refused probes as console errors naming their hashes; those are expected. */
function expectProbes(guard: Guard) {
  for (const text of [PROBE_SCRIPT, PROBE_STYLE]) {
    guard.allowConsoleError(text);
    guard.allowConsoleError(sha(text));
  }
}

for (const mode of ['header', 'meta'] as const) {
  test.describe(`the policy as ${mode === 'header' ? 'a header only' : 'a meta tag only'}`, () => {
    // Every navigation reaches the network (and page.route), not the service worker's cache.
    test.use({ serviceWorkers: 'block' });

    test('every exported page loads and hydrates with no violation, and unhashed inline code is refused', async ({ page, guard }) => {
      test.slow();
      expect(PAGES.length).toBeGreaterThanOrEqual(ROUTES.length + 10);
      for (const route of ROUTES) expect(PAGES).toContain(route.path);
      await deliverPolicyOnlyAs(page, mode);
      const violations = await watchViolations(page);

      // Set up, so the set-up script in each page's body has something to mirror.
      await startWithSuggestedPlan(page);
      for (const path of PAGES) {
        const response = await page.goto(path);
        await expectPolicyOnlyAs(page, mode, response);
        await expect(page.getByRole('heading', { level: 1, name: headingFor(path) }).first(), path).toBeVisible();
        await expect.poll(() => hydrated(page), { message: `${path} hydrates` }).toBe(true);
        // The inline set-up script ran before the first paint.
        expect(await page.evaluate(() => document.documentElement.hasAttribute('data-set-up')), path).toBe(true);
        expect(await violations.inPage(), path).toEqual([]);
      }
      expect(violations.consoleLines).toEqual([]);

      expectProbes(guard);
      await page.evaluate(
        ({ script, style }) => {
          const s = document.createElement('script');
          s.textContent = script;
          document.head.append(s);
          document.body.setAttribute('style', style);
        },
        { script: PROBE_SCRIPT, style: PROBE_STYLE },
      );
      await expect.poll(() => violations.inPage()).toEqual([`script-src-elem: ${PROBE_SCRIPT}`, `style-src-attr: ${PROBE_STYLE}`]);
      expect(await page.evaluate(() => 'cspProbe' in window || '__cspProbe' in window)).toBe(false);
      expect(await page.evaluate(() => getComputedStyle(document.body).outlineStyle)).not.toBe('solid');
    });

    test('Relief’s heat timer and the session player run with no violation', async ({ page }) => {
      await deliverPolicyOnlyAs(page, mode);
      const violations = await watchViolations(page);
      await page.clock.install({ time: new Date('2026-11-25T07:30:00').getTime() });
      await startWithSuggestedPlan(page);

      // In-app navigation: the payload comes by fetch (connect-src 'self').
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Relief' }).click();
      const heat = page.getByRole('region', { name: 'Heat before a walk' });
      const timer = heat.getByRole('timer', { name: 'Heat time left' });
      await expect(timer).toHaveText('15:00');
      await heat.getByRole('button', { name: 'Start' }).click();
      await page.clock.runFor(MIN);
      await expect(timer).toHaveText('14:00');
      await heat.getByRole('button', { name: 'Stop' }).click();
      expect(await violations.inPage()).toEqual([]);

      await page.goto('/session?routine=core');
      await expect(page.getByRole('heading', { level: 1, name: /Core/ })).toBeVisible();
      await page.getByRole('button', { name: 'Start' }).click();
      const remaining = page.getByRole('timer');
      await expect(remaining).toBeVisible();
      const before = await remaining.textContent();
      await page.clock.runFor(5_000);
      await expect(remaining).not.toHaveText(before ?? '');
      expect(await violations.inPage()).toEqual([]);
      expect(violations.consoleLines).toEqual([]);
    });
  });
}
