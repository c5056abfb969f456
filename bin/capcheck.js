#!/usr/bin/env node
// Thin launcher: the CLI returns its exit code instead of calling process.exit, so output is flushed.
import { main } from '../dist/cli/main.js';

// A reader that stops early (`capcheck … | head -1`) closes the pipe: that ends the output, not the run,
// so the run keeps the exit code its findings call for and prints no stack trace.
process.stdout.on('error', (error) => {
  if (error?.code !== 'EPIPE') throw error;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // A bug, not a finding: exit 2 so CI never reads a crash as "figures failed", and say so in one line.
  const detail = process.env.CAPCHECK_DEBUG ? (error?.stack ?? String(error)) : (error?.message ?? String(error));
  process.stderr.write(`capcheck: internal error: ${detail} (set CAPCHECK_DEBUG=1 for the stack; please report it)\n`);
  process.exitCode = 2;
}
