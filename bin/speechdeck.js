#!/usr/bin/env node
// The command line, bundled at compile time (scripts/build-cli.js) so that it starts fast.
const args = process.argv.slice(2);
// A PDF export waits mostly for the browser to start: start it before the rest of the program loads.
const browser = args[0] === 'pdf' ? await import('../lib/bundle/browser.js') : undefined;
browser?.launchEarly(args);
const { main } = await import('../lib/bundle/cli.js');

try {
  process.exitCode = await main(args);
} finally {
  await browser?.closeEarly();
}
