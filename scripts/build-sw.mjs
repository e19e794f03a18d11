// Builds out/sw.js from the one worker entry, lib/pwa/sw.ts: Vite bundles it (TypeScript,
// workbox-precaching/-routing, lib/reminders and Dexie) into one classic script, then
// workbox-build's injectManifest writes the precache list over the export — every page, its
// RSC payloads, hashed assets, icons and the manifest — at self.__WB_MANIFEST, so every route
// works offline after the first visit. Usage: node scripts/build-sw.mjs [dir]
import { injectManifest } from 'workbox-build';
import { build } from 'vite';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const ENTRY = path.join(root, 'lib/pwa/sw.ts');
const BUNDLE = 'sw.js';

/** Bundles the worker entry into `outDir`/sw.js, still holding the injection point. */
async function bundleWorker(outDir) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    mode: 'production',
    resolve: { alias: { '@': root } },
    // Workbox keeps its development logging behind process.env.NODE_ENV; a worker has no `process`.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      sourcemap: false,
      lib: { entry: ENTRY, formats: ['iife'], name: 'BackstrideWorker', fileName: () => BUNDLE },
    },
  });
  return path.join(outDir, BUNDLE);
}

export async function buildServiceWorker(dir) {
  const scratch = await mkdtemp(path.join(tmpdir(), 'backstride-sw-'));
  try {
    const { count, size, warnings } = await injectManifest({
      swSrc: await bundleWorker(scratch),
      swDest: path.join(dir, 'sw.js'),
      globDirectory: dir,
      globPatterns: ['**/*.{html,txt,js,css,png,svg,ico,webmanifest,woff2}'],
      globIgnores: ['sw.js'],
      // Hashed build output never changes under the same name.
      dontCacheBustURLsMatching: /^_next\/static\//,
    });
    for (const warning of warnings) console.warn(`workbox: ${warning}`);
    return { count, size };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? 'out');
  buildServiceWorker(dir).then(
    ({ count, size }) => console.log(`Service worker: precaching ${count} files (${(size / 1024).toFixed(0)} KiB) in ${path.relative(process.cwd(), dir) || '.'}/sw.js`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
