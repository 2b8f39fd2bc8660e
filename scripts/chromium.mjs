// Debian's Chromium as every tool here launches it (../shared/TOOLCHAIN.md): $CHROME_PATH or
// /usr/bin/chromium, headless as root, with nothing reaching the network on its own.
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];
