// After `next build`, before the service worker: makes every exported page paint before its
// scripts run (scripts/after-paint.mjs) and without waiting for a stylesheet
// (scripts/inline-css.mjs), then gives it its own strict
// Content-Security-Policy (scripts/csp-policy.mjs) as a <meta> tag, so any static host enforces
// it, and writes out/serve.json — the project's serve.json plus the same policy per page as a
// header (with frame-ancestors, which only a header can carry) — for `npm run serve` and the
// browser tests. Usage: node scripts/csp.mjs [dir]
import { readFileSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { withCspMeta } from './csp-policy.mjs';
import { scriptsAfterFirstPaint } from './after-paint.mjs';
import { inlineStylesheets } from './inline-css.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** @param {string} dir */
async function htmlFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name)).sort();
}

/** @param {string} dir */
export async function applyCsp(dir) {
  const pageHeaders = [];
  const css = new Map();
  const read = (href) => css.get(href) ?? css.set(href, readFileSync(path.join(dir, href), 'utf8')).get(href);
  for (const file of await htmlFiles(dir)) {
    const { html, header } = withCspMeta(inlineStylesheets(scriptsAfterFirstPaint(await readFile(file, 'utf8')), read));
    await writeFile(file, html);
    const source = path.relative(dir, file).split(path.sep).join('/');
    pageHeaders.push({ source, headers: [{ key: 'Content-Security-Policy', value: header }] });
  }
  const base = JSON.parse(await readFile(path.join(root, 'serve.json'), 'utf8'));
  const config = { ...base, headers: [...(base.headers ?? []), ...pageHeaders] };
  await writeFile(path.join(dir, 'serve.json'), `${JSON.stringify(config, null, 2)}\n`);
  return pageHeaders.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? 'out');
  applyCsp(dir).then(
    (count) => console.log(`Content-Security-Policy: ${count} pages hashed; header config in ${path.relative(process.cwd(), dir) || '.'}/serve.json`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
