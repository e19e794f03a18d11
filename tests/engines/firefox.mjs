// Firefox ESR driven over WebDriver BiDi by puppeteer-core: a fresh headless profile whose
// downloads go to a known folder and whose every non-localhost request goes to a dead end.
import puppeteer from 'puppeteer-core';
import path from 'node:path';

export async function openFirefox({ executablePath, origin, proxyPort, workDir }) {
  const downloadDir = path.join(workDir, 'downloads');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Release builds only honour services.settings.server (below) with this set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      // Localhost is never proxied; everything else meets the suite's dead-end proxy.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      // Firefox's own background traffic (remote settings), as Mozilla's test profiles do.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      // Captive-portal and connectivity checks (detectportal.firefox.com), off as in Mozilla's
      // test profiles: the browser's own traffic, not the app's.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
    },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== origin) problems.push(`request to another host: ${url}`);
  });

  // Leaving a page while its lazy chunks or Next's prefetches are still loading makes Firefox
  // report each aborted load as "A ServiceWorker intercepted the request and encountered an
  // unexpected error". Those belong to the page being left, not to the app: before leaving,
  // wait until no request has been in flight for half a second (prefetches start on idle).
  const settle = () => page.waitForNetworkIdle({ idleTime: 500, timeout: 15_000 }).catch(() => {});

  return {
    name: 'firefox',
    version: await browser.version(),
    downloadDir,
    async goto(p) {
      await settle();
      await page.goto(origin + p, { waitUntil: 'load' });
    },
    async reload() {
      await settle();
      await page.reload({ waitUntil: 'load' });
    },
    run: (fn, ...args) => page.evaluate(fn, ...args),
    async element(fn, ...args) {
      const handle = await page.evaluateHandle(fn, ...args);
      const element = handle.asElement();
      if (!element) await handle.dispose();
      return element;
    },
    async click(element) {
      await element.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await element.click();
    },
    async type(element, text) {
      await element.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await element.type(text);
    },
    upload: (element, file) => element.uploadFile(file),
    problems: () => problems.splice(0),
    close: () => browser.close(),
  };
}
