// The package as a user gets it: packed, installed into a fresh project, every command run from
// there (pdf included), the dev server opened, and the Vite plugin used in a project of decks only
// and beside an app of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, ROOT, SAMPLE } from '../helpers.js';
import { browserMissing, launch, revealReady } from './launch.js';

const run = (cwd: string, command: string, args: string[]) => {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** Starts a server command and resolves with its URL once it prints one. */
function serve(cwd: string, args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, NO_COLOR: '1' } });
  return new Promise((resolve, reject) => {
    let out = '';
    const read = (d: Buffer): void => {
      out += String(d).replace(/\x1b\[[0-9;]*m/g, '');
      const m = /Local:\s+(http:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1].replace(/\/$/, ''), child });
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

describe.skipIf(browserMissing)('the installed package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sd-installed-'));
  const app = join(dir, 'app');
  const bin = (...args: string[]) => run(app, process.execPath, [join(app, 'node_modules/speechdeck/bin/speechdeck.js'), ...args]);
  const vite = join(app, 'node_modules/vite/bin/vite.js');
  const servers: ChildProcess[] = [];

  beforeAll(() => {
    // `npm test` compiled lib/ already; packing again would only repeat it.
    const pack = run(ROOT, 'npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir]);
    expect(pack.code, pack.stderr).toBe(0);
    mkdirSync(join(app, 'slides'), { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    const install = run(app, 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(dir, pack.stdout.trim())]);
    expect(install.code, install.stderr).toBe(0);
    copyFileSync(SAMPLE, join(app, 'slides', '推进会.txt'));
  }, 240_000);
  afterAll(() => {
    for (const s of servers) s.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs every command', () => {
    const speech = join('slides', '推进会.txt');
    expect(bin('outline', speech).stdout).toContain('第一，要全力完成各项目标任务');
    expect(bin('md', speech).stdout).toContain('speechdeck: deck');
    for (const args of [['build', speech], ['build', speech, '--single-file'], ['pptx', speech], ['pdf', speech, '--browser', CHROMIUM], ['pdf', speech, '--handout', '--browser', CHROMIUM]]) {
      const r = bin(...args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    }
    for (const out of ['推进会-幻灯片/index.html', '推进会-幻灯片.html', '推进会.pptx', '推进会.pdf', '推进会-讲稿.pdf']) expect(existsSync(join(app, 'slides', out)), out).toBe(true);
    expect(readFileSync(join(app, 'slides', '推进会.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('serves decks from the dev server, their script and fonts included', async () => {
    const { url, child } = await serve(app, [join(app, 'node_modules/speechdeck/bin/speechdeck.js'), 'dev', 'slides', '--port', String(6100 + Math.floor(Math.random() * 400))]);
    servers.push(child);
    const page = await (await fetch(`${url}/${encodeURIComponent('推进会')}/`)).text();
    const links = [...page.matchAll(/(?:src|href)="(\/@[^"]+)"/g)].map((m) => m[1]);
    const fonts = await (await fetch(`${url}${links.find((l) => l.endsWith('fonts.css'))}`)).text();
    // The runtime, and a chunk of every face (each face's rules list its chunks in order).
    const files = [...fonts.matchAll(/url\((\/@fs\/[^)]+)\)/g)].map((m) => m[1]);
    const firsts = [...new Set(files.map((f) => f.replace(/-\d+-(wght|\d+)-normal\.woff2$/, '')))].map((face) => files.find((f) => f.startsWith(face))!);
    expect(firsts.length).toBeGreaterThanOrEqual(3);
    for (const asset of [...links.filter((l) => l.startsWith('/@fs/')), ...firsts]) expect((await fetch(`${url}${asset}`)).status, asset).toBe(200);
    for (const bad of ['/%E0%A4%A', '/%', '/推进会/%FF']) expect((await fetch(`${url}${bad}`)).status).toBeLessThan(500);
    expect((await fetch(`${url}/`)).status).toBe(200);
    // And the deck runs: reveal.js, resolved through the package, lays it out.
    const browser = await launch();
    try {
      const tab = await browser.newPage();
      await tab.goto(`${url}/${encodeURIComponent('推进会')}/#/3`);
      await revealReady(tab);
      expect(await tab.locator('section.present h2').textContent()).toContain('所谓有欣喜');
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('builds a project of decks with the plugin, slides resolved against its root', () => {
    writeFileSync(join(app, 'vite.config.js'), "import { speechdeck } from 'speechdeck/vite';\nexport default { plugins: [speechdeck()] };\n");
    // Run from elsewhere: the slides folder is the project's, not the working directory's.
    const r = run(dir, process.execPath, [vite, 'build', app]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(app, 'dist', '推进会', 'index.html'))).toBe(true);
    expect(existsSync(join(app, 'dist', 'editor', 'index.html'))).toBe(true);
  }, 60_000);

  it('stays out of an app of its own: the app keeps / and its build, the decks live under /slides/', async () => {
    writeFileSync(join(app, 'index.html'), '<!doctype html><title>我的应用</title><p id="app">我的应用</p><script type="module" src="./main.js"></script>');
    writeFileSync(join(app, 'main.js'), "document.querySelector('#app').dataset.ok = '1';\n");
    const r = run(app, process.execPath, [vite, 'build']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(app, 'dist', 'index.html'), 'utf8')).toContain('我的应用');
    expect(existsSync(join(app, 'dist', 'slides', '推进会', 'index.html'))).toBe(true);

    const { url, child } = await serve(app, [vite, '--port', String(6500 + Math.floor(Math.random() * 400)), '--strictPort']);
    servers.push(child);
    expect(await (await fetch(`${url}/`)).text()).toContain('我的应用');
    const index = await (await fetch(`${url}/slides/`)).text();
    expect(index).toContain(`href="/slides/${encodeURIComponent('推进会')}/"`);
    expect(await (await fetch(`${url}/slides/${encodeURIComponent('推进会')}/`)).text()).toContain('第一，要全力完成各项目标任务');
  }, 90_000);

  it('says in Chinese what is wrong with its options', () => {
    writeFileSync(join(app, 'vite.config.js'), "import { speechdeck } from 'speechdeck/vite';\nexport default { plugins: [speechdeck({ slide: 'talks' })] };\n");
    const r = run(app, process.execPath, [vite, 'build']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('speechdeck 插件：不认识的选项 slide');
  });
});
