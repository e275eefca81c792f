// `vite` / `npm start`: an index of the decks in slides/, each deck live-reloading when its file is saved.
import type { Plugin, ViteDevServer } from 'vite';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { deckFromFile } from '../pipeline-file.js';
import { deckId, findDecks, SPEECH_FILE } from './decks.js';
import { deckPage, errorPage, indexPage } from './pages.js';
import { EDITOR_ENTRY, RUNTIME_ENTRY, type ResolvedOptions } from './paths.js';
import { editorPage } from '../editor/page.js';
import { fullFontStylesheets } from '../export/fonts.js';
import { ownScriptHashes, speakerViewHashes } from '../export/runtime.js';

// The full @fontsource faces: the browser fetches only the chunks a page needs.
const fontLinks = fullFontStylesheets().map((css) => `<link rel="stylesheet" href="/@fs${css}">`);
/** Read when a page is served (the runtime's hashes exist once `npm run compile` has run). */
const devAssets = () => ({ head: [...fontLinks, `<script type="module" src="/@fs${RUNTIME_ENTRY}"></script>`].join('\n'), hashes: speakerViewHashes(), dev: true });

async function respond(server: ViteDevServer, req: IncomingMessage, res: ServerResponse, html: string): Promise<void> {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(await server.transformIndexHtml(req.url ?? '/', html));
}

/** A request's path, decoded; null when it is no valid percent-encoding. */
function decodePath(url: string): string | null {
  try {
    return decodeURIComponent(url.split('?')[0]);
  } catch {
    return null;
  }
}

export function devServer(options: ResolvedOptions): Plugin {
  return {
    name: 'speechdeck:dev',
    apply: 'serve',
    // Pre-bundled at start, so the first deck opened is not reloaded by a late dependency scan.
    config: () => ({ optimizeDeps: { include: ['reveal.js', 'reveal.js/plugin/notes'] } }),
    configureServer(server) {
      server.watcher.add(options.slides);
      const notify = (file: string): void => {
        if (SPEECH_FILE.test(file)) server.ws.send({ type: 'custom', event: 'speechdeck:update', data: { deckId: deckId(file) } });
      };
      server.watcher.on('change', notify).on('add', notify).on('unlink', notify);

      server.middlewares.use(async (req, res, next) => {
        const path = decodePath(req.url ?? '/');
        // A path no browser sends (/%E0%A4%A): answered, and the server goes on.
        if (path === null) {
          res.statusCode = 400;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          return res.end('请求的地址无法解析');
        }
        // Vite's own modules and the fonts: not ours, and the slides folder need not be read for them.
        if (/^\/(?:@fs|@vite|@id|node_modules)\//.test(path)) return next();
        if (path === '/editor/' || path === '/editor/index.html') {
          return respond(server, req, res, editorPage({ head: [...fontLinks, `<script type="module" src="/@fs${EDITOR_ENTRY}"></script>`].join('\n'), hashes: ownScriptHashes(), dev: true }));
        }
        if (path === '/editor') {
          res.statusCode = 302;
          res.setHeader('Location', '/editor/');
          return res.end();
        }
        const decks = findDecks(options.slides, options.files);
        if (path === '/' || path === '/index.html') {
          const builds = await Promise.all(decks.map(async (source) => ({ source, title: (await deckFromFile(source.file, options).catch(() => null))?.rendered.meta.title ?? source.id })));
          return respond(server, req, res, indexPage(builds, devAssets(), '/'));
        }
        const source = decks.find((d) => path === `/${d.id}/` || path === `/${d.id}/index.html`);
        if (!source) {
          const bare = decks.find((d) => path === `/${d.id}`);
          if (!bare) return next();
          res.statusCode = 302;
          res.setHeader('Location', `/${encodeURIComponent(bare.id)}/`);
          return res.end();
        }
        try {
          return respond(server, req, res, deckPage(await deckFromFile(source.file, options), source, devAssets()));
        } catch (e) {
          // A file the pipeline cannot even read: show why on its page and keep serving the rest.
          return respond(server, req, res, errorPage(source, [`${source.file}: ${e instanceof Error ? e.message : String(e)}`], devAssets()));
        }
      });
    },
  };
}
