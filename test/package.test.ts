// The package as others install it: every export has its types, everything a command needs at run
// time is a dependency, and the engines field says what its tools need.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('package.json', () => {
  it('exports types beside every entry point, as compiled', () => {
    for (const [entry, target] of Object.entries<{ types: string; default: string }>(pkg.exports)) {
      expect(existsSync(join(ROOT, target.default)), entry).toBe(true);
      expect(existsSync(join(ROOT, target.types)), entry).toBe(true);
    }
    expect(readFileSync(join(ROOT, pkg.exports['./vite'].types), 'utf8')).toContain('SpeechdeckPluginOptions');
  });

  it('lists what the commands load at run time as dependencies', () => {
    for (const name of ['playwright-core', 'vite', 'reveal.js', 'markdown-it', 'mammoth', 'pptxgenjs', '@noble/hashes']) expect(pkg.dependencies[name], name).toBeDefined();
    expect(pkg.engines.node).toBe('>=20.19');
    expect(existsSync(join(ROOT, 'LICENSE'))).toBe(true);
  });

  it('compiles when packed, not when installed (no install script for npm to warn of)', () => {
    expect(pkg.scripts.prepack).toContain('compile');
    expect(pkg.scripts.prepare).toBeUndefined();
    expect(pkg.scripts.install ?? pkg.scripts.postinstall).toBeUndefined();
  });
});
