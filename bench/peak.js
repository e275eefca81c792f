// Runs one speechdeck command in this process, then writes its time and peak memory (max RSS)
// as JSON to the file PEAK_OUT names: how much a big speech costs, measured from outside the tests.
import { writeFileSync } from 'node:fs';

const started = performance.now();
const { main } = await import('../lib/bundle/cli.js');
const code = await main(process.argv.slice(2));
writeFileSync(process.env.PEAK_OUT, JSON.stringify({ code, ms: performance.now() - started, rssMB: process.resourceUsage().maxRSS / 1024 }));
