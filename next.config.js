// Static export: the whole app is files served from one origin, cached by the service worker.
const { execSync } = require('node:child_process');

function buildVersion() {
  if (process.env.BACKSTRIDE_VERSION) return process.env.BACKSTRIDE_VERSION;
  const pkg = require('./package.json').version;
  try {
    return `${pkg}+${execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()}`;
  } catch {
    return pkg;
  }
}

/** @type {import('next').NextConfig} */
module.exports = {
  output: 'export',
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  env: { NEXT_PUBLIC_APP_VERSION: buildVersion() },
};
