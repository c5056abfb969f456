// Loaded with `node --import` by loaded-modules.test.ts: writes every module the run loads, one URL or
// path a line, to the file named by CAPCHECK_MODULE_LOG. ES modules are seen by a resolve hook; CommonJS
// modules (cheerio is required, not imported) by the require cache at exit.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const log = process.env.CAPCHECK_MODULE_LOG;
if (log !== undefined && log !== '') {
  register('./log-resolved-modules.mjs', { parentURL: import.meta.url, data: { log } });
  const cache = createRequire(import.meta.url).cache;
  process.on('exit', () => appendFileSync(log, Object.keys(cache).map((path) => `${path}\n`).join('')));
}
