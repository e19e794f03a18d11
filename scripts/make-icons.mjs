// Renders the app icons (PNG) from one SVG with the local Chromium. Run by hand when the
// logo changes; the PNGs are committed. Usage: node scripts/make-icons.mjs
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium-path.mjs';

const figure = `<path d="M44 18c12 16 12 32 0 40s-12 24 4 40" fill="none" stroke="#fff" stroke-width="8" stroke-linecap="round"/>
  <circle cx="74" cy="26" r="9" fill="#fff"/>
  <path d="M70 44l-8 24 16 12v22M62 68l-16 12M70 44l14 12 12-4" fill="none" stroke="#fff" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"/>`;

function svg(size, { maskable = false, rounded = true } = {}) {
  // Maskable icons keep the figure inside the central 80 % safe zone.
  const scale = maskable ? 0.62 : 0.8;
  const offset = (128 - 128 * scale) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect width="128" height="128" rx="${rounded && !maskable ? 28 : 0}" fill="#1f6f5c"/>
  <g transform="translate(${offset} ${offset}) scale(${scale})">${figure}</g></svg>`;
}

const targets = [
  ['icon-192.png', 192, {}],
  ['icon-512.png', 512, {}],
  ['maskable-512.png', 512, { maskable: true }],
  ['apple-touch-icon.png', 180, { rounded: false }],
];

const browser = await chromium.launch({ executablePath: chromiumPath() ?? undefined });
const page = await browser.newPage();
for (const [name, size, options] of targets) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg(size, options)}`);
  await page.locator('svg').screenshot({ path: `public/icons/${name}`, omitBackground: true });
  console.log(`public/icons/${name} ${size}×${size}`);
}
await browser.close();

// Browsers still ask for /favicon.ico now and then, whatever the page's icon links say: serve
// one, the 192 px PNG inside an ICO wrapper (browsers read PNG-in-ICO).
const { readFile, writeFile } = await import('node:fs/promises');
const png = await readFile('public/icons/icon-192.png');
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(1, 4); // one image
header.writeUInt8(192, 6); // width
header.writeUInt8(192, 7); // height
header.writeUInt16LE(1, 10); // colour planes
header.writeUInt16LE(32, 12); // bits per pixel
header.writeUInt32LE(png.length, 14);
header.writeUInt32LE(22, 18); // image data offset
await writeFile('public/favicon.ico', Buffer.concat([header, png]));
console.log('public/favicon.ico');
