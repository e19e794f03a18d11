// Runs before `npm test`, beside ensure-chromium.mjs: makes sure Firefox ESR, WebKitGTK's
// WebDriver and Xvfb exist for the cross-engine suite (tests/engines). Installs Debian's
// packages when apt-get and root are available; otherwise says what is missing and fails.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { APT_LINE, enginePrerequisites } from './engine-paths.mjs';

const missing = () => enginePrerequisites().filter((item) => !item.path);

let absent = missing();
if (absent.length === 0) {
  console.log(`Cross-engine tests use ${enginePrerequisites().map((item) => item.path).join(', ')}`);
  process.exit(0);
}
const packages = [...new Set(absent.map((item) => item.package))];
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`Missing for the cross-engine tests: ${absent.map((item) => item.what).join(', ')}. Installing ${packages.join(' ')}…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit' });
  absent = missing();
  if (absent.length === 0) process.exit(0);
}
console.error(
  'Missing for the cross-engine tests (tests/engines):\n' +
    absent.map((item) => `  - ${item.what}${item.env ? ` (or set ${item.env})` : ''}: Debian package ${item.package}`).join('\n') +
    `\nInstall them with:\n  sudo ${APT_LINE}`,
);
process.exit(1);
