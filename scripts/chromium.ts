// Launches Debian's headless Chromium (or CHROMIUM_PATH) with the flags this machine needs: no sandbox as root,
// no GPU, and no background networking (the closed network refuses it). Shared by the e2e tests and map scripts.
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
