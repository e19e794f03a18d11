// Runs before `npm test`: makes sure a Chromium exists for the browser tests without a
// download during the run. Installs Debian's package when apt-get and root are available.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

const found = chromiumPath();
if (found) {
  console.log(`Browser tests use Chromium at ${found}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian\'s chromium package…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  if (chromiumPath()) process.exit(0);
}
console.error(
  'No Chromium found for the browser tests. Install one, for example:\n' +
    '  sudo apt-get install -y chromium\n' +
    'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
);
process.exit(1);
