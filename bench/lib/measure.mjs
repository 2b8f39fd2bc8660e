/**
 * Drives Debian Chromium (headless, through puppeteer-core) over the benchmark pages.
 *
 * Cold load: a fresh browser context (own HTTP cache and V8 code cache, own renderer process) per load,
 * navigate, wait for the page's __bench.ready (see html.mjs), then force a full garbage collection
 * (HeapProfiler.collectGarbage) and read Runtime.getHeapUsage: usedSize is the V8 JS heap; the DOM lives in
 * Blink's own heap, reported as embedderHeapUsedSize, and Memory.getDOMCounters gives the node count.
 */
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, chromePath } from '../../scripts/chromium.mjs';

export const FLAGS = [
  '--headless',
  ...CHROME_ARGS,
  '--disable-extensions',
  '--disable-default-apps',
  '--mute-audio',
  '--enable-precise-memory-info',
];

export const VIEWPORT = { width: 800, height: 1000, deviceScaleFactor: 1 };

export function launch() {
  return puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    args: FLAGS,
    defaultViewport: VIEWPORT,
    protocolTimeout: 120_000,
  });
}

/**
 * The phone profile (BENCH_PHONE=1): Lighthouse's mobile profile ("slow 4G": 150 ms round trip, 1.6 Mbit/s
 * down, 750 kbit/s up, the CPU slowed 4×) as Lighthouse applies it through DevTools throttling, which adds
 * latency once per request rather than per round trip: 150 ms × 3.75 = 562.5 ms per request, throughputs
 * × 0.9 (Lighthouse's DEVTOOLS_RTT_ADJUSTMENT_FACTOR and DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR). Bytes/s.
 */
export const PHONE = {
  rtt: 150,
  latency: 150 * 3.75,
  downloadThroughput: Math.floor(((1.6 * 1024 * 1024) / 8) * 0.9),
  uploadThroughput: Math.floor(((750 * 1024) / 8) * 0.9),
  cpuSlowdown: 4,
};

/** Applies the phone profile to a page before it navigates. */
export async function throttle(cdp) {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.latency,
    downloadThroughput: PHONE.downloadThroughput,
    uploadThroughput: PHONE.uploadThroughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
}

/**
 * One cold load (with the phone profile's throttling when `phone`). Returns { signal, frame, heap, embedder,
 * nodes } (ms since navigation start; bytes).
 */
export async function coldLoad(browser, url, { timeout = 60_000, phone = false } = {}) {
  const ctx = await browser.createBrowserContext();
  try {
    const page = await ctx.newPage();
    const cdp = await page.createCDPSession();
    if (phone) await throttle(cdp);
    await page.goto(url, { waitUntil: 'load', timeout });
    const t = await page.evaluate(
      (ms) => Promise.race([window.__bench.ready, new Promise((_, no) => setTimeout(() => no(new Error('not rendered in time')), ms))]),
      timeout,
    );
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters').catch(() => ({}));
    return { ...t, heap: heap.usedSize, embedder: heap.embedderHeapUsedSize ?? null, nodes: dom.nodes ?? null };
  } finally {
    await ctx.close();
  }
}

export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => {
    if (!s.length) return NaN;
    const i = (s.length - 1) * p;
    const lo = Math.floor(i);
    return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
  };
  return { n: s.length, median: q(0.5), p25: q(0.25), p75: q(0.75), min: s[0], max: s[s.length - 1] };
}
