/**
 * Preloaded into a measured child (`node --import …/report-max-rss.js`): on exit, writes the process's
 * peak resident set size in bytes to file descriptor 3, so the child's own stdout and stderr stay untouched.
 */
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    // maxRSS is in kilobytes.
    writeSync(3, `${process.resourceUsage().maxRSS * 1024}\n`);
  } catch {
    // Started without descriptor 3 (run by hand): nothing to report to.
  }
});
