// Generates out/sw.js with workbox-build over the static export: every page, its RSC
// payloads, hashed assets, icons and the manifest are precached, so every route works
// offline after the first visit. Usage: node scripts/build-sw.mjs [dir]
import { generateSW } from 'workbox-build';
import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const REMINDERS_FILE = 'sw-reminders.js';

/** Bundles the worker's reminder handlers (TypeScript in lib/reminders) into one script. */
async function buildReminderScript(dir) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias: { '@': root } },
    build: {
      outDir: dir,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      lib: { entry: path.join(root, 'lib/reminders/sw-entry.ts'), formats: ['iife'], name: 'BackstrideReminders', fileName: () => REMINDERS_FILE },
    },
  });
}

export async function buildServiceWorker(dir) {
  await buildReminderScript(dir);
  const { count, size, warnings } = await generateSW({
    importScripts: [`/${REMINDERS_FILE}`],
    globDirectory: dir,
    globPatterns: ['**/*.{html,txt,js,css,png,svg,ico,webmanifest,woff2}'],
    globIgnores: ['sw.js', 'workbox-*.js', REMINDERS_FILE],
    swDest: path.join(dir, 'sw.js'),
    // Hashed build output never changes under the same name.
    dontCacheBustURLsMatching: /^_next\/static\//,
    // A static export serves the same file whatever the query: Next's ?_rsc=<hash> on RSC
    // payloads, and the app's own parameters such as /session?routine=core.
    ignoreURLParametersMatching: [/.*/],
    // /plan is served from plan.html (cleanURLs is on by default); unknown paths get the 404 page.
    navigateFallback: '/404.html',
    navigateFallbackDenylist: [/^\/_next\//, /\.[a-z0-9]+$/i],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    // A new version waits until the person accepts the update prompt.
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
  for (const warning of warnings) console.warn(`workbox: ${warning}`);
  return { count, size };
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
