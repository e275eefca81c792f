// speechdeck's command line: arguments → commands. Exit 0 on success, 1 on a user error with a
// one-line reason naming the file, 2 on bad usage.
import { cac } from 'cac';
import { buildCommand, devCommand, mdCommand, outlineCommand, pdfCommand, pptxCommand, wordCommand } from './commands.js';
import { UserError } from './report.js';
import { watching } from './watch.js';
import { removeTempsOnSignal } from '../export/write.js';

type Command = ReturnType<ReturnType<typeof cac>['command']>;

const WATCH = '保存讲稿后自动重新生成（按 Ctrl+C 结束）';

const HELP_TITLES: Record<string, string> = { Usage: '用法', Commands: '命令', Options: '选项', Examples: '示例' };

/** The options every command that reads a speech takes. */
const common = (command: Command, theme = true): Command => {
  command.option('--strict', '有警告即失败');
  if (theme) command.option('--theme <name>', '主题：official（默认）或 plain');
  return command;
};

export async function main(argv: string[]): Promise<number> {
  const cli = cac('speechdeck');
  let run: Promise<void> | undefined;
  common(cli.command('outline <file>', '打印讲稿的提纲（缩进树；--json 输出 JSON）').option('--json', '输出提纲 JSON'), false)
    .action((file: string, flags) => (run = outlineCommand(file, flags)));
  common(cli.command('md <file>', '打印幻灯片 Markdown'))
    .action((file: string, flags) => (run = mdCommand(file, flags)));
  common(
    cli
      .command('build <file>', '生成可离线打开的幻灯片网页')
      .option('-o, --out <dir>', '输出文件夹（默认：讲稿旁的“名称-幻灯片”文件夹；--single-file 时可以是 .html 文件）')
      .option('--single-file', '生成单个 HTML 文件（脚本、样式、字体都在里面）')
      .option('-w, --watch', WATCH),
  ).action((file: string, flags) => (run = watching(flags.watch, [file], () => buildCommand(file, flags))));
  common(
    cli
      .command('pdf <...files>', '用本机的 Chrome/Edge/Chromium 导出 PDF（文件夹：其中每篇讲稿）')
      .option('-o, --out <path>', '输出的 PDF 文件（多篇时为文件夹；默认放在讲稿旁）')
      .option('--handout', 'A4 讲稿：讲话全文，按公文格式排，要点加粗')
      .option('--study', 'A4 学习提纲：讲话的提纲（到第三层），每条是讲话原句')
      .option('--slides <none|small>', '讲稿里是否附幻灯片小图（默认 none）')
      .option('--browser <path>', '浏览器程序的路径（也可设置环境变量 SPEECHDECK_BROWSER）')
      .option('-w, --watch', WATCH),
  ).action((files: string[], flags) => (run = watching(flags.watch, files, () => pdfCommand(files, flags))));
  common(cli.command('pptx <file>', '导出可编辑的 PPTX（WPS、PowerPoint），备注中是讲话原文').option('-o, --out <file>', '输出的 .pptx 文件（默认放在讲稿旁）').option('-w, --watch', WATCH), false)
    .action((file: string, flags) => (run = watching(flags.watch, [file], () => pptxCommand(file, flags))));
  common(cli.command('word <file>', '导出 Word 文件：讲稿（全文，公文格式）和学习提纲').option('-o, --out <dir>', '输出文件夹（默认放在讲稿旁）').option('-w, --watch', WATCH), false)
    .action((file: string, flags) => (run = watching(flags.watch, [file], () => wordCommand(file, flags))));
  cli.command('dev [folder]', '启动预览服务器，保存讲稿即自动刷新')
    .option('--port <port>', '端口', { default: 5173 })
    .action((folder: string | undefined, flags) => (run = devCommand(folder, flags)));
  // cac writes its help in English; every line a user reads here is Chinese.
  cli.help((sections) =>
    sections.map((section) => ({
      ...section,
      title: section.title && (section.title.startsWith('For more info') ? '每个命令的用法（加 --help）' : (HELP_TITLES[section.title] ?? section.title)),
      body: section.body
        .replace('Display this message', '显示本帮助')
        .replace('Display version number', '显示版本号')
        .replace(/\(default: ([^)]*)\)/g, '（默认：$1）'),
    })),
  );
  cli.version('0.1.0');

  removeTempsOnSignal();
  try {
    cli.parse(['node', 'speechdeck', ...argv], { run: false });
    if (!cli.matchedCommand) {
      if (cli.options.help || cli.options.version) return 0;
      process.stderr.write(argv.length ? `用法错误：未知命令 ${argv[0]}\n` : '用法：speechdeck <outline|md|build|pdf|pptx|word|dev> 文件\n');
      if (!argv.length) cli.outputHelp();
      return 2;
    }
    await cli.runMatchedCommand();
    await run;
    return 0;
  } catch (e) {
    if (e instanceof UserError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    if (e instanceof Error && e.name === 'CACError') {
      process.stderr.write(`用法错误：${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
