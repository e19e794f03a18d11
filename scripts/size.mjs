// First-load JavaScript budget: for every exported page, sums the gzip size of the scripts
// its HTML loads (module scripts only; nomodule polyfills are skipped) and fails above the
// budget. Usage: node scripts/size.mjs [dir]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterPaintScripts } from './after-paint.mjs';

const BUDGET_KIB = 180;
const dir = path.resolve(process.argv[2] ?? 'out');

function htmlFiles(root) {
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html') && !file.startsWith('_next'))
    .sort();
}

const gzCache = new Map();
function gzipKiB(src) {
  if (!gzCache.has(src)) {
    const file = path.join(dir, src.split('?')[0]);
    gzCache.set(src, statSync(file).isFile() ? gzipSync(readFileSync(file), { level: 9 }).length / 1024 : 0);
  }
  return gzCache.get(src);
}

let failed = false;
const rows = [];
for (const file of htmlFiles(dir)) {
  const html = readFileSync(path.join(dir, file), 'utf8');
  const scripts = new Set();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (/\bnomodule\b/i.test(tag)) continue;
    const src = tag.match(/\bsrc="([^"]+)"/i)?.[1];
    if (src && src.startsWith('/')) scripts.add(src);
  }
  // The scripts the page inserts after its first paint (scripts/after-paint.mjs) load first too.
  for (const src of afterPaintScripts(html)) scripts.add(src);
  const kib = [...scripts].reduce((sum, src) => sum + gzipKiB(src), 0);
  const route = '/' + file.replace(/\.html$/, '').replace(/(^|\/)index$/, '');
  const over = kib > BUDGET_KIB;
  failed ||= over;
  rows.push([route, kib, scripts.size, over]);
}

const width = Math.max(...rows.map(([route]) => route.length));
console.log(`First-load JS (gzip) per route, budget ${BUDGET_KIB} KiB:`);
for (const [route, kib, count, over] of rows) {
  console.log(`${route.padEnd(width)}  ${kib.toFixed(1).padStart(6)} KiB  (${count} scripts)${over ? '  OVER BUDGET' : ''}`);
}
if (rows.length === 0) {
  console.error(`No HTML found in ${dir}; run the build first.`);
  process.exit(1);
}
if (failed) {
  console.error(`Some routes exceed ${BUDGET_KIB} KiB of first-load JavaScript.`);
  process.exit(1);
}
