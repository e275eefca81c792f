// A place that cannot be written: a read-only disk, a full one, a folder where a file should go.
// Each command says so in one line naming the output the user asked for (never a temporary
// file, never a stack trace), exits 1, and leaves nothing behind. The disks are small tmpfs
// mounts, where the machine allows mounting (root in CI); elsewhere those cases skip.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, ROOT, SAMPLE, speechdeck } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'sd-disks-'));
const mount = (name: string, options: string): string | null => {
  const dir = join(root, name);
  mkdirSync(dir);
  return spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]).status === 0 ? dir : null;
};
const readOnly = mount('ro', 'ro,size=1m');
const full = mount('full', 'size=48k');

afterAll(() => {
  for (const dir of [readOnly, full]) if (dir) spawnSync('umount', [dir]);
});

const TRACE = /\bat \S+ \(|Error:|triggerUncaught|os error/;

const OUTPUTS = (dir: string): Array<[string, string[]]> => [
  [join(dir, 'site'), ['build', SAMPLE, '-o', join(dir, 'site')]],
  [join(dir, 'deck.html'), ['build', SAMPLE, '--single-file', '-o', join(dir, 'deck.html')]],
  [join(dir, 'deck.pptx'), ['pptx', SAMPLE, '-o', join(dir, 'deck.pptx')]],
  ...(existsSync(CHROMIUM) ? [[join(dir, 'deck.pdf'), ['pdf', SAMPLE, '--browser', CHROMIUM, '-o', join(dir, 'deck.pdf')]] as [string, string[]]] : []),
];

describe.each([
  ['a read-only disk', readOnly, '这个位置是只读的'],
  ['a full disk', full, '磁盘已满'],
])('%s', (_, dir, reason) => {
  it.skipIf(!dir)('every output names itself and the reason, and leaves nothing behind', () => {
    for (const [out, args] of OUTPUTS(dir!)) {
      const r = speechdeck(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.trim().split('\n').pop()).toBe(`${out}: 无法写入（${reason}）`);
      expect(r.stderr).not.toMatch(TRACE);
      expect(readdirSync(dir!)).toEqual([]);
    }
  });
});

describe('outputs that cannot be', () => {
  it('a folder where the one file should go', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-isdir-'));
    const r = speechdeck('pptx', SAMPLE, '-o', dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').pop()).toBe(`${dir}: 无法写入（已有同名的文件夹）`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a --browser that is no browser', () => {
    for (const notBrowser of ['/bin/ls', '/etc/hostname']) {
      const r = speechdeck('pdf', SAMPLE, '--browser', notBrowser, '-o', join(tmpdir(), 'never.pdf'));
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n').pop()).toMatch(new RegExp(`^${notBrowser}: 无法作为浏览器启动`));
      expect(r.stderr).not.toMatch(TRACE);
    }
  });
});

describe('a command stopped midway', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s: the half-built folder is removed, nothing else is touched', async (signal) => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-stop-'));
    const speech = join(dir, '长篇.txt');
    // Long enough that the build is still writing when it is stopped.
    writeFileSync(speech, Array(700).fill(readFileSync(SAMPLE, 'utf8')).join('\n'));
    const child = spawn(process.execPath, [join(ROOT, 'bin/speechdeck.js'), 'build', speech, '-o', join(dir, 'site')], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await expect.poll(() => readdirSync(dir).some((f) => f.includes('.tmp-')), { timeout: 20_000, interval: 20 }).toBe(true);
    child.kill(signal);
    expect(await exited).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(readdirSync(dir)).toEqual(['长篇.txt']);
  });
});

