// Finds what the cross-engine suite (tests/engines) drives, without downloading anything:
// Firefox ESR for WebDriver BiDi, WebKitGTK's WebKitWebDriver and MiniBrowser, and Xvfb for
// a display. Each can be pointed elsewhere with an environment variable.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The Debian packages that provide every prerequisite, in one apt-get line. */
export const ENGINE_PACKAGES = ['firefox-esr', 'webkit2gtk-driver', 'xvfb'];
export const APT_LINE = `apt-get install -y ${ENGINE_PACKAGES.join(' ')}`;

function firstExisting(candidates) {
  return candidates.find((candidate) => candidate && existsSync(candidate)) ?? null;
}

function onPath(name) {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return firstExisting([...dirs.map((dir) => path.join(dir, name)), `/usr/bin/${name}`]);
}

function fromEnv(variable) {
  const value = process.env[variable];
  if (value === undefined) return undefined;
  return existsSync(value) ? value : null;
}

// A variable that is set wins, even when it names nothing (then the path is null: missing).
export function firefoxPath() {
  const env = fromEnv('FIREFOX_PATH');
  return env !== undefined ? env : firstExisting(['/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

export function webkitDriverPath() {
  const env = fromEnv('WEBKIT_DRIVER_PATH');
  return env !== undefined ? env : onPath('WebKitWebDriver');
}

/** MiniBrowser ships in libwebkit2gtk-4.x (pulled in by webkit2gtk-driver), outside PATH. */
export function miniBrowserPath() {
  const env = fromEnv('MINIBROWSER_PATH');
  if (env !== undefined) return env;
  for (const lib of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib', '/usr/libexec']) {
    let entries = [];
    try {
      entries = readdirSync(lib).filter((name) => /^webkit(2)?gtk-\d/.test(name)).sort().reverse();
    } catch {
      continue;
    }
    const found = firstExisting(entries.map((dir) => path.join(lib, dir, 'MiniBrowser')));
    if (found) return found;
  }
  return null;
}

export function xvfbPath() {
  return onPath('Xvfb');
}

/**
 * Every prerequisite of the given engines, found or not. `package` is the Debian package
 * that provides a missing one.
 */
export function enginePrerequisites(engines = ['firefox', 'webkit']) {
  const all = [
    { engine: 'firefox', what: 'Firefox (firefox-esr)', env: 'FIREFOX_PATH', package: 'firefox-esr', path: firefoxPath() },
    { engine: 'webkit', what: 'WebKitWebDriver', env: 'WEBKIT_DRIVER_PATH', package: 'webkit2gtk-driver', path: webkitDriverPath() },
    { engine: 'webkit', what: 'WebKitGTK MiniBrowser', env: 'MINIBROWSER_PATH', package: 'webkit2gtk-driver', path: miniBrowserPath() },
    { engine: 'webkit', what: 'Xvfb (a display for MiniBrowser)', env: null, package: 'xvfb', path: xvfbPath() },
  ];
  return all.filter((item) => engines.includes(item.engine));
}
