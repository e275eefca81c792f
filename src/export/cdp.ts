// The browser for PDF export, driven over its own DevTools pipe (--remote-debugging-pipe: JSON
// messages ending in NUL on file descriptors 3 and 4), with no driver library to load first: the
// browser is spawned in the command's first milliseconds, and printing a page is four messages.
// Tests and scripts that need a full driver use playwright-core (browser.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

type Params = Record<string, unknown>;
interface Message {
  id?: number;
  method?: string;
  params?: Params;
  result?: Params;
  error?: { message: string };
  sessionId?: string;
}

/** A browser that has not answered by then is taken not to be one. */
const READY_TIMEOUT_MS = 30_000;

export class CdpBrowser {
  private next = 1;
  private pending = new Map<number, { resolve: (r: Params) => void; reject: (e: Error) => void }>();
  private buffered = '';
  private closed = false;
  /** Resolves once the browser answers on its pipe; rejects when it exits or never does. */
  readonly ready: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
  ) {
    const input = child.stdio[3] as Writable;
    const output = child.stdio[4] as Readable;
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => this.receive(chunk));
    input.on('error', () => {});
    // A browser that cannot be spawned (error) or ends (exit) fails every message in flight, the first one included.
    child.once('error', (e) => this.fail(e));
    child.once('exit', () => this.fail(new Error('浏览器已退出')));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('浏览器没有响应')), READY_TIMEOUT_MS)));
    this.ready = Promise.race([this.send('Browser.getVersion').then(() => undefined), timeout]).finally(() => clearTimeout(timer));
    this.ready.catch(() => {});
  }

  /** Spawns the browser now, headless, in a fresh profile of its own. */
  static launch(executablePath: string, flags: readonly string[]): CdpBrowser {
    const profile = mkdtempSync(join(tmpdir(), 'speechdeck-browser-'));
    const child = spawn(executablePath, [...flags, '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
      // A process group of its own (not on Windows, where that means a console window): closing
      // ends the browser and all its helpers at once. The browser also exits when the pipe closes.
      detached: process.platform !== 'win32',
    });
    return new CdpBrowser(child, profile);
  }

  send(method: string, params: Params = {}, sessionId?: string): Promise<Params> {
    if (this.closed) return Promise.reject(new Error('浏览器已关闭'));
    const id = this.next++;
    const message = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) });
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      (this.child.stdio[3] as Writable).write(`${message}\0`);
    });
  }

  private receive(chunk: string): void {
    this.buffered += chunk;
    let end: number;
    while ((end = this.buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(this.buffered.slice(0, end)) as Message;
      this.buffered = this.buffered.slice(end + 1);
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiting) continue;
      this.pending.delete(message.id!);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result ?? {});
    }
  }

  private fail(error: Error): void {
    this.closed = true;
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }

  /** A new tab, attached: its session id for the messages that drive it. */
  async newTab(): Promise<string> {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    return sessionId as string;
  }

  /**
   * Prints `html` to PDF bytes: the page is written into the tab, `ready` (a script expression
   * that may be a promise) is awaited, and the page printed at its own CSS page size.
   */
  async print(tab: string, html: string, ready: string): Promise<Uint8Array> {
    const { frameTree } = (await this.send('Page.getFrameTree', {}, tab)) as { frameTree: { frame: { id: string } } };
    await this.send('Page.setDocumentContent', { frameId: frameTree.frame.id, html }, tab);
    const evaluated = (await this.send('Runtime.evaluate', { expression: ready, awaitPromise: true }, tab)) as { exceptionDetails?: unknown };
    if (evaluated.exceptionDetails) throw new Error('页面没有准备好打印');
    const { data } = (await this.send('Page.printToPDF', { preferCSSPageSize: true, printBackground: true }, tab)) as { data: string };
    return Buffer.from(data, 'base64');
  }

  /**
   * Ends the browser and removes its profile. The profile is a throwaway and the PDFs are
   * written: nothing is lost by not waiting for a graceful shutdown (a tenth of a second).
   */
  async close(): Promise<void> {
    this.fail(new Error('浏览器已关闭'));
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((r) => this.child.once('exit', r));
      try {
        if (process.platform === 'win32' || !this.child.pid) this.child.kill('SIGKILL');
        else process.kill(-this.child.pid, 'SIGKILL');
      } catch {
        this.child.kill('SIGKILL');
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2000).unref())]);
    }
    // A helper may still be letting go of a file in it for a moment.
    rmSync(this.profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 });
  }
}
