// `speechdeck dev FOLDER` as the screenshot script and the bench start it: resolves with the URL
// the server prints, and the process to kill when done.
import { spawn } from 'node:child_process';

const bin = new URL('../bin/speechdeck.js', import.meta.url).pathname;

export function startDevServer(folder, port) {
  const server = spawn(process.execPath, [bin, 'dev', folder, '--port', String(port)], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (d) => {
      out += String(d).replace(/\x1b\[[0-9;]*m/g, '');
      const m = /Local:\s+(http:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1], server });
    });
    server.on('exit', (code) => reject(new Error(`speechdeck dev exited ${code}`)));
  });
}
