// Debian's chromium, driven by playwright-core: no browser is ever downloaded. Playwright gives
// each launch a fresh, empty profile (its own --user-data-dir), and the flags keep chromium
// from reaching for the network on its own.

import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    chromiumSandbox: false, // --no-sandbox: the tests run as root
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
