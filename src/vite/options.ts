// The plugin's options: checked when the plugin is made (a wrong option is said in Chinese, before
// Vite starts), and resolved against Vite's root once Vite says where that is.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SpeechdeckPluginOptions } from './index.js';
import { PACKAGE_ROOT, type ResolvedOptions } from './paths.js';
import { THEMES } from '../render/page.js';

const KNOWN = ['slides', 'files', 'single', 'theme', 'base'];

const fail = (message: string): never => {
  throw new Error(`speechdeck 插件：${message}`);
};

export function checkOptions(options: SpeechdeckPluginOptions): void {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) fail('选项应是一个对象，如 speechdeck({ slides: \'slides\' })');
  const unknown = Object.keys(options).filter((k) => !KNOWN.includes(k));
  if (unknown.length) fail(`不认识的选项 ${unknown.join('、')}；可用的选项：${KNOWN.join('、')}`);
  const { slides, files, single, theme, base } = options;
  if (slides !== undefined && (typeof slides !== 'string' || !slides.trim())) fail(`slides 应是放讲稿的文件夹路径（字符串），收到 ${JSON.stringify(slides)}`);
  if (files !== undefined && (!Array.isArray(files) || files.some((f) => typeof f !== 'string' || !f))) fail('files 应是讲稿文件路径的数组');
  if (single !== undefined && typeof single !== 'boolean') fail(`single 应是 true 或 false，收到 ${JSON.stringify(single)}`);
  if (theme !== undefined && !(THEMES as readonly unknown[]).includes(theme)) fail(`未知的主题 ${JSON.stringify(theme)}：可选 ${THEMES.join('、')}`);
  if (base !== undefined && (typeof base !== 'string' || !/^\/(?:[\w.~-]+\/)*$/.test(base))) fail(`base 应是以 / 开头和结尾的路径，如 '/slides/'，收到 ${JSON.stringify(base)}`);
}

export function resolveOptions(options: SpeechdeckPluginOptions, configRoot: string | undefined): ResolvedOptions {
  const root = resolve(configRoot ?? process.cwd());
  const slides = resolve(root, options.slides ?? 'slides');
  if (!options.files) {
    const kind = statSync(slides, { throwIfNoEntry: false });
    if (!kind?.isDirectory()) fail(`找不到放讲稿的文件夹 ${slides}（选项 slides 相对于 Vite 的 root：${root}）`);
  }
  return {
    slides,
    ...(options.files ? { files: options.files.map((f) => resolve(root, f)) } : {}),
    single: options.single ?? false,
    ...(options.theme ? { theme: options.theme } : {}),
    base: options.base ?? (existsSync(join(root, 'index.html')) ? '/slides/' : '/'),
    packageRoot: root === resolve(PACKAGE_ROOT),
  };
}
