#!/usr/bin/env node
const args = process.argv.slice(2);
// A PDF export waits mostly for the browser to start: start it before the rest of the program loads.
const browser = args[0] === 'pdf' ? await import('../lib/export/browser.js') : undefined;
browser?.launchEarly(args);
const { main } = await import('../lib/cli/index.js');

process.exitCode = await main(args);
await browser?.closeEarly();
