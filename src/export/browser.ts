// The user's own Chrome, Edge or Chromium: found at its standard place, or where --browser or
// SPEECHDECK_BROWSER says. Nothing is downloaded; playwright-core only drives what is installed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { CdpBrowser } from './cdp.js';

export const BROWSER_ENV = 'SPEECHDECK_BROWSER';

/** Flags for a quiet, offline, headless browser (Playwright makes a fresh profile itself). */
export const BROWSER_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Where Chrome, Edge and Chromium install themselves, by platform, most likely first. */
export function browserCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    return roots.flatMap((root) => [
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      join(root, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  if (platform === 'darwin') {
    return ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge', 'Chromium.app/Contents/MacOS/Chromium'].flatMap((app) => [
      join('/Applications', app),
      join(env.HOME ?? '', 'Applications', app),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ];
}

/** Thrown when no browser can be found; its message tells the user what to do, in Chinese. */
export class BrowserNotFound extends Error {}

export function findBrowser(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  const wanted = explicit ?? env[BROWSER_ENV];
  if (wanted) {
    if (existsSync(wanted)) return wanted;
    throw new BrowserNotFound(`指定的浏览器不存在：${wanted}`);
  }
  const found = browserCandidates(process.platform, env).find((p) => existsSync(p));
  if (found) return found;
  throw new BrowserNotFound(
    '找不到 Chrome、Edge 或 Chromium 浏览器。请安装其中之一（Windows 自带 Edge；Debian/Ubuntu：sudo apt install chromium），' +
      `或用 --browser 指定浏览器程序的路径（也可设置环境变量 ${BROWSER_ENV}）`,
  );
}

/** A browser that has not answered by then is taken not to be one. */
const LAUNCH_TIMEOUT_MS = 30_000;

const notABrowser = (executablePath: string): BrowserNotFound =>
  new BrowserNotFound(`${executablePath}: 无法作为浏览器启动。请用 --browser 指定 Chrome、Edge 或 Chromium 的程序文件（如 /usr/bin/chromium、C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe）`);


/** A browser started before the command's own modules loaded, waiting for the command to take it. */
let early: { executablePath: string; browser: CdpBrowser } | undefined;

/**
 * Starts the browser the command line asks for (`--browser PATH`, SPEECHDECK_BROWSER or the
 * standard places) before the rest of the program loads: `bin/` does this for `pdf`, whose
 * slowest step is the browser's start. Quiet when there is none: the command reports that itself.
 */
export function launchEarly(args: readonly string[]): void {
  const at = args.findIndex((a) => a === '--browser' || a.startsWith('--browser='));
  const explicit = at < 0 ? undefined : args[at].includes('=') ? args[at].slice('--browser='.length) : args[at + 1];
  try {
    const executablePath = findBrowser(explicit);
    early = { executablePath, browser: CdpBrowser.launch(executablePath, BROWSER_FLAGS) };
  } catch {
    // No browser: the command says what to install.
  }
}

/** Closes the browser started early when the command did not take it (help, a usage error). */
export async function closeEarly(): Promise<void> {
  const left = early;
  early = undefined;
  await left?.browser.close();
}

/** The browser for printing, over its own pipe: the one started early, or a new one. Rejects with BrowserNotFound when it is none. */
export async function printingBrowser(executablePath: string): Promise<CdpBrowser> {
  const browser = early?.executablePath === executablePath ? early.browser : CdpBrowser.launch(executablePath, BROWSER_FLAGS);
  if (early?.browser === browser) early = undefined;
  try {
    await browser.ready;
  } catch {
    await browser.close();
    throw notABrowser(executablePath);
  }
  return browser;
}

/** Starts the browser under playwright-core (imported only here), for tests and scripts that drive pages. */
export async function launchBrowser(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch({ executablePath, args: BROWSER_FLAGS, timeout: LAUNCH_TIMEOUT_MS });
  } catch {
    throw notABrowser(executablePath);
  }
}
