// What an attacker would write into a speech: markup that runs script, loads from the network, or
// passes for the deck's own syntax. Each script sets data-pwned on the page it runs in and calls the
// trap; each load asks the trap (a local server the test runs) for a path of its own.

/** The payloads, for a trap at `trap` (http://127.0.0.1:port). */
export function payloads(trap: string): string[] {
  const js = (id: string) => `document.documentElement.setAttribute('data-pwned','${id}');fetch('${trap}/run/${id}')`;
  return [
    // Script, as tags and as handlers.
    `<script>${js('script')}</script>`,
    `<SCRIPT SRC=${trap}/script.js></SCRIPT>`,
    `<img src=x onerror="${js('img')}">`,
    `<svg onload="${js('svg')}">`,
    `<svg><script>${js('svg-script')}</script></svg>`,
    `<iframe srcdoc="<script>${js('srcdoc')}</script>"></iframe>`,
    `<body onload="${js('body')}">`,
    `<input autofocus onfocus="${js('focus')}">`,
    `<details open ontoggle="${js('toggle')}">`,
    `<marquee onstart="${js('marquee')}">`,
    `<math><mtext><script>${js('math')}</script></mtext></math>`,
    `<template><script>${js('template')}</script></template>`,
    `<a href="javascript:${js('href')}">点这里</a>`,
    `<form><button formaction="javascript:${js('form')}">提交</button></form>`,
    // Closing what the page might have open.
    `</textarea><script>${js('textarea')}</script>`,
    `</title><script>${js('title')}</script>`,
    `</style><script>${js('style')}</script>`,
    `</script><script>${js('close-script')}</script>`,
    `--></aside><script>${js('comment')}</script>`,
    `"><script>${js('attr-double')}</script>`,
    `'><img src=x onerror="${js('attr-single')}">`,
    `" onmouseover="${js('attr-handler')}" x="`,
    `<!--<script>${js('html-comment')}</script>-->`,
    `<![CDATA[<script>${js('cdata')}</script>]]>`,
    `<noscript><p title="</noscript><img src=x onerror=${js('noscript')}>">`,
    // Loads from the network.
    `<img src="${trap}/img.png">`,
    `<img srcset="${trap}/srcset.png 1x">`,
    `<picture><source srcset="${trap}/picture.png"></picture>`,
    `<iframe src="${trap}/iframe"></iframe>`,
    `<object data="${trap}/object"></object>`,
    `<embed src="${trap}/embed">`,
    `<video src="${trap}/video.mp4" autoplay></video>`,
    `<audio src="${trap}/audio.mp3" autoplay></audio>`,
    `<link rel="stylesheet" href="${trap}/link.css">`,
    `<style>@import url(${trap}/import.css);</style>`,
    `<style>body{background:url(${trap}/style-bg.png)}</style>`,
    `<div style="background:url(${trap}/inline-style.png)">块</div>`,
    `<base href="${trap}/base/">`,
    `<meta http-equiv="refresh" content="0;url=${trap}/refresh">`,
    `<link rel="prefetch" href="${trap}/prefetch">`,
    `<table background="${trap}/table.png"><tr><td>表</td></tr></table>`,
    // Markdown and reveal.js syntax, which must stay words.
    `[链接](javascript:${js('md-link')})`,
    `![图](${trap}/md-image.png)`,
    `[链接](${trap}/md-link)`,
    `<${trap}/autolink>`,
    `**粗体** _斜体_ \`代码\` ~~删除~~`,
    `# 井号开头`,
    `> 引用的一句话`,
    `- 像列表的一行`,
    `1. 像编号的一行`,
    `---`,
    `Note: 像备注的一行`,
    `notes: 小写的备注`,
    `<!-- .slide: data-background-image="${trap}/slide-bg.png" data-background-iframe="${trap}/slide-iframe" -->`,
    `<!-- .element: onclick="${js('element')}" -->`,
    `| 表 | 格 |`,
    `\`\`\`html`,
    `$$x^2$$ 与 \\(x\\)`,
    // Text that looks like escaping, templates and CSS.
    `&lt;script&gt;${js('entity')}&lt;/script&gt;`,
    `&#60;img src=x onerror=${js('numeric')}&#62;`,
    `{{constructor.constructor('${js('template')}')()}}`,
    `\${${js('template-literal')}}`,
    `@import url(${trap}/css-text.css);`,
    `url(${trap}/css-url.png) 与 url(fonts/../../../../etc/hostname)`,
    `data:text/html,<script>${js('data-url')}</script>`,
  ];
}

/** Front matter whose values try to close the page's tags, inject slides and notes, or load. */
export function frontMatterPayloads(trap: string): Record<string, string> {
  return {
    title: `标题</title></style><script>document.documentElement.setAttribute('data-pwned','yaml-title')</script><img src="${trap}/yaml-title.png">`,
    meeting: `会议名称\n---\nNote: 注入的备注\n## 注入的标题\n<img src="${trap}/yaml-meeting.png">`,
    speaker: `"><svg onload="document.documentElement.setAttribute('data-pwned','yaml-speaker')">`,
    date: `2026年1月1日</aside><script>document.documentElement.setAttribute('data-pwned','yaml-date')</script>`,
  };
}
