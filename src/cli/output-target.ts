import { realpathSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Why `-o FILE` cannot be written, or null when it can: a report written over an article the run reads
 * would lose the article, and a folder cannot take a file. Checked before any input is read.
 */
export function outputTargetProblem(output: string, inputs: readonly string[], cwd: string): string | null {
  const target = resolve(cwd, output);
  const stats = statOrNothing(target);
  // Not there, or not reachable (a file where a folder should be): writing it will say why.
  if (stats === undefined) return null;
  if (stats.isDirectory()) return `${output}: --output names a folder; give a file name for the report`;
  const same = canonical(target);
  const input = inputs.find((path) => path !== '-' && canonical(resolve(cwd, path)) === same);
  return input === undefined ? null : `${output}: --output names an input (${input}); the report would overwrite the article`;
}

/** The path with symlinks resolved, so two names for one file compare equal; as given when it cannot be resolved. */
function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
