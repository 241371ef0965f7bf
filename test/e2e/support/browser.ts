import { type Browser, type BrowserContext, chromium } from 'playwright-core';

/** The system Chromium, headless; never downloads a browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh browser profile that prefers French, as most visitors' phones do in Brussels. */
export function newContext(
  browser: Browser,
  baseURL: string,
  options: { width?: number } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    locale: 'fr-BE',
    // Entrance animations fade text in; axe must not judge contrast halfway through one.
    reducedMotion: 'reduce',
    viewport: { width: options.width ?? 1280, height: 900 },
  });
}
