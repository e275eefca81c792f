// The editor page's HTML, around its script (served by the dev server, emitted by the build).
import { policyOf, type PageAssets } from '../render/page.js';
import { htmlDocument } from '../render/document.js';

/** The page; `fontScript` is where it finds its fonts as inline CSS, for the one-file download. */
export function editorPage(assets: PageAssets, fontScript: string): string {
  return htmlDocument({
    title: '讲稿成片 · 编辑',
    head: assets.head,
    csp: policyOf(assets),
    body: { class: 'sd-editor', 'data-font-script': fontScript },
    content: `<header>
<h1>讲稿成片</h1>
<label>打开讲稿…<input id="file" type="file" accept=".txt,.md,.docx,.doc,.wps,.pdf,.html,.htm" hidden></label>
<button id="new" type="button" title="清空本页，重新开始">新建</button>
<button id="undo" type="button" title="撤销（Ctrl+Z）">撤销</button>
<button id="redo" type="button" title="重做（Ctrl+Shift+Z）">重做</button>
<span class="spacer"></span>
<button id="export-html" class="needs-deck" type="button" title="一个网页文件，拷到 U 盘即可放映">幻灯片（单个网页文件，含字体）</button>
<button id="export-pptx" class="needs-deck" type="button">演示文稿 PPTX</button>
<button id="export-handout" class="needs-deck" type="button">讲稿 Word</button>
<button id="export-study" class="needs-deck" type="button">学习提纲 Word</button>
<button id="print-handout" class="needs-deck" type="button">讲稿 PDF</button>
<button id="print" class="needs-deck" type="button">幻灯片 PDF</button>
<button id="present" class="needs-deck" type="button">全屏放映</button>
</header>
<aside>
<p>把讲稿文件（.txt .md .docx .pdf .html；旧版 .doc 请先另存为 .docx）拖到本页，或粘贴全文：</p>
<textarea id="paste" placeholder="在此粘贴讲话稿全文"></textarea>
<ul id="diagnostics"></ul>
<details id="cover-fields" class="needs-deck"><summary>封面：标题、会议、讲话人、日期、配色</summary><div id="cover"></div></details>
<h2 class="needs-deck">幻灯片（点一页即可修改）</h2>
<div id="slides"></div>
<details><summary>调整提纲结构（升级、降级、合并、拆分）</summary><div id="tree"></div></details>
<p><small>讲稿只在本机处理，不会上传；修改保存在本浏览器里，刷新不会丢失。<a id="export-md" href="#">下载幻灯片 Markdown（高级）</a></small></p>
</aside>
<main><iframe id="preview" title="幻灯片预览"></iframe></main>`,
  });
}
