import { describe, expect, it } from 'vitest';
import { BrowserNotFound, browserCandidates, findBrowser } from '../src/export/browser.js';
import { speechdeck, SAMPLE } from './helpers.js';

describe("finding the user's browser", () => {
  it('knows where Chrome, Edge and Chromium live on Linux, macOS and Windows', () => {
    expect(browserCandidates('linux')).toEqual(expect.arrayContaining(['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge']));
    expect(browserCandidates('darwin', { HOME: '/Users/a' })).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    const windows = browserCandidates('win32', { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' });
    expect(windows.some((p) => p.endsWith('msedge.exe') && p.includes('Program Files (x86)'))).toBe(true);
    expect(windows.some((p) => p.endsWith('chrome.exe'))).toBe(true);
  });

  it('takes --browser or SPEECHDECK_BROWSER first, and says in Chinese what is wrong', () => {
    expect(findBrowser(process.execPath)).toBe(process.execPath);
    expect(findBrowser(undefined, { SPEECHDECK_BROWSER: process.execPath })).toBe(process.execPath);
    expect(() => findBrowser('/no/such/chrome')).toThrow(BrowserNotFound);
    expect(() => findBrowser('/no/such/chrome')).toThrow('指定的浏览器不存在：/no/such/chrome');
  });

  it('exits 1 with the reason when the browser given does not exist, writing nothing', () => {
    const r = speechdeck('pdf', SAMPLE, '--browser', '/no/such/chrome', '-o', '/tmp/never-written.pdf');
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').pop()).toBe('指定的浏览器不存在：/no/such/chrome');
  });
});
