// A second build deployed over the first: the waiting worker makes the app offer an update,
// and accepting it reloads into the new version.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import handler from 'serve-handler';
import { expect, test, waitForServiceWorker } from './fixtures';

let dir: string;
let server: Server;
let origin: string;

test.beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'backstride-deploy-'));
  await cp('out', dir, { recursive: true });
  const serveConfig = JSON.parse(await readFile('serve.json', 'utf8'));
  server = createServer((req, res) => handler(req, res, { ...serveConfig, public: dir }));
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

/** "Deploys" a new version: the settings page names it, and the service worker is rebuilt. */
async function deployNewVersion(oldVersion: string, newVersion: string) {
  const files = (await readdir(dir, { recursive: true })).map(String).filter((f) => /^settings([./])/.test(f) && /\.(html|txt)$/.test(f));
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const full = path.join(dir, file);
    await writeFile(full, (await readFile(full, 'utf8')).replaceAll(oldVersion, newVersion));
  }
  // The pages' inline scripts changed, so do their policy's hashes (their meta tag), as in a real build.
  execFileSync(process.execPath, ['scripts/csp.mjs', dir], { stdio: 'ignore' });
  execFileSync(process.execPath, ['scripts/build-sw.mjs', dir], { stdio: 'ignore' });
}

test('a new deployment offers "Update available — Reload" and reloads into it', async ({ page, guard }) => {
  guard.allowOrigin(origin);
  await page.goto(`${origin}/settings`);
  await waitForServiceWorker(page);
  const oldVersion = (await page.getByTestId('app-version').textContent())!.trim();
  const newVersion = `${oldVersion}-next`;
  await expect(page.getByRole('button', { name: 'Reload' })).toBeHidden();

  await deployNewVersion(oldVersion, newVersion);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

  const update = page.getByRole('region', { name: 'Update' });
  await expect(update).toContainText('Update available');
  await update.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByTestId('app-version')).toHaveText(newVersion);
  await expect(page.getByRole('button', { name: 'Reload' })).toBeHidden();
});
