// WebKitGTK driven by Debian's WebKitWebDriver (classic WebDriver) through selenium-webdriver.
// MiniBrowser has no headless mode, so it gets its own Xvfb display; HOME and the XDG folders
// point into a scratch folder, so its downloads land in a known place and nothing of the
// person's own profile is touched. Every non-localhost request goes to the dead-end proxy.
import { Builder } from 'selenium-webdriver';
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { freePort } from './servers.mjs';
import { takeProblems, watchProblems } from './page.mjs';
import { waitUntil } from './wait.mjs';

function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  return exited;
}

/** Starts Xvfb on a free display number (it tells us which on stdout). */
async function startXvfb(xvfbPath) {
  const child = spawn(xvfbPath, ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (err += chunk));
  const display = await waitUntil('Xvfb to report its display', () => {
    if (child.exitCode !== null) throw Object.assign(new Error(`Xvfb exited with ${child.exitCode}: ${err.trim()}`), { fatal: true });
    return /^\d+\n/.test(out) && `:${out.trim()}`;
  }, 10_000);
  return { child, display };
}

export async function openWebKit({ driverPath, miniBrowserPath, xvfbPath, origin, proxyPort, workDir }) {
  const home = path.join(workDir, 'home');
  const downloadDir = path.join(workDir, 'downloads');
  const config = path.join(home, '.config');
  await mkdir(config, { recursive: true });
  await mkdir(downloadDir, { recursive: true });
  // GLib's user-dirs file is where WebKitGTK looks for the download folder.
  await writeFile(path.join(config, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloadDir}"\n`);

  const xvfb = await startXvfb(xvfbPath);
  const port = await freePort();
  let driverLog = '';
  const driverProcess = spawn(driverPath, [`--port=${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DISPLAY: xvfb.display, HOME: home, XDG_CONFIG_HOME: config, XDG_DATA_HOME: path.join(home, '.local/share'), XDG_CACHE_HOME: path.join(home, '.cache'), WAYLAND_DISPLAY: '', MESA_SHADER_CACHE_DISABLE: 'true' },
  });
  driverProcess.stdout.on('data', (chunk) => (driverLog += chunk));
  driverProcess.stderr.on('data', (chunk) => (driverLog += chunk));
  const stopAll = async () => {
    await stopProcess(driverProcess);
    await stopProcess(xvfb.child);
  };

  let driver;
  try {
    const server = `http://127.0.0.1:${port}`;
    await waitUntil('WebKitWebDriver to be ready', async () => {
      if (driverProcess.exitCode !== null) throw Object.assign(new Error(`WebKitWebDriver exited with ${driverProcess.exitCode}: ${driverLog.trim()}`), { fatal: true });
      const status = await fetch(`${server}/status`).then((r) => r.json());
      return status.value?.ready;
    }, 10_000);
    driver = await new Builder()
      .usingServer(server)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: miniBrowserPath,
          args: ['--automation', `--proxy=http://127.0.0.1:${proxyPort}`, '--ignore-host=localhost', '--ignore-host=127.0.0.1'],
        },
      })
      .build();
    await driver.manage().window().setRect({ width: 1280, height: 900 });
  } catch (error) {
    await stopAll();
    throw new Error(`${error.message}${driverLog ? `\nWebKitWebDriver said: ${driverLog.trim()}` : ''}`);
  }

  const caps = await driver.getCapabilities();
  // Errors are collected by the page itself (see watchProblems); gather them before leaving it.
  const problems = [];
  const harvest = async () => {
    try {
      problems.push(...(await driver.executeScript(takeProblems)));
    } catch {
      // An error page or a page mid-load has nothing to give.
    }
  };
  const arm = () => driver.executeScript(watchProblems);

  return {
    name: 'webkit',
    version: `${caps.get('browserName')} ${caps.get('browserVersion')}`,
    downloadDir,
    async goto(p) {
      await harvest();
      await driver.get(origin + p);
      await arm();
    },
    async reload() {
      await harvest();
      await driver.navigate().refresh();
      await arm();
    },
    run: (fn, ...args) => driver.executeScript(fn, ...args),
    element: (fn, ...args) => driver.executeScript(fn, ...args),
    async click(element) {
      // A fixed bottom tab bar can cover a control near the bottom edge.
      await driver.executeScript((el) => el.scrollIntoView({ block: 'center' }), element);
      await element.click();
    },
    async type(element, text) {
      await driver.executeScript((el) => el.scrollIntoView({ block: 'center' }), element);
      await element.sendKeys(text);
    },
    upload: (element, file) => element.sendKeys(file),
    async problems() {
      await harvest();
      return problems.splice(0);
    },
    async close() {
      try {
        await driver.quit();
      } finally {
        await stopAll();
      }
    },
  };
}
