// The editor page's HTML, around its script (served by the dev server, emitted by the build).
import { policyOf, type PageAssets } from '../render/page.js';
import { htmlDocument } from '../render/document.js';

export function editorPage(assets: PageAssets): string {
  return htmlDocument({
    title: '讲稿成片 · 编辑',
    head: assets.head,
    csp: policyOf(assets),
    body: { class: 'sd-editor' },
    content: `<header>
<h1>讲稿成片</h1>
<label>打开讲稿…<input id="file" type="file" accept=".txt,.md,.docx,.doc,.wps,.pdf,.html,.htm" hidden></label>
<button id="export-md" class="needs-deck" type="button">下载 Markdown</button>
<button id="export-html" class="needs-deck" type="button">下载单文件 HTML</button>
<button id="export-handout" class="needs-deck" type="button">讲稿 Word</button>
<button id="export-study" class="needs-deck" type="button">学习提纲 Word</button>
<button id="print" class="needs-deck" type="button">打印 PDF</button>
<button id="present" class="needs-deck" type="button">全屏放映</button>
</header>
<aside>
<p>把讲稿文件（.txt .md .docx .pdf .html；旧版 .doc 请先另存为 .docx）拖到本页，或粘贴全文：</p>
<textarea id="paste" placeholder="在此粘贴讲话稿全文"></textarea>
<ul id="diagnostics"></ul>
<div id="tree"></div>
<p><small>讲稿只在本机处理，不会上传。</small></p>
</aside>
<main><iframe id="preview" title="幻灯片预览"></iframe></main>`,
  });
}
