/**
 * Runs one child process and measures it: wall time, peak memory and output size, with stdout drained
 * and counted (never kept), stdin fed from a file, a string or a generator, and a time limit.
 * Peak memory is the larger of the child's own maxRSS (reported on exit by report-max-rss.js) and the
 * sum over the child and its descendants sampled from /proc (Linux), which counts worker processes too.
 */
import { spawn } from 'node:child_process';
import { openSync, closeSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const REPORT_MAX_RSS = new URL('./report-max-rss.js', import.meta.url).href;
const SAMPLE_MS = 50;

/** What a measured run did. */
export interface MeasuredRun {
  readonly seconds: number;
  /** Peak resident memory in bytes; 0 when neither way of measuring it was available. */
  readonly peakRssBytes: number;
  readonly status: number | null;
  readonly signal: string | null;
  readonly stdoutBytes: number;
  readonly stdoutLines: number;
  /** The child's stdout when asked to keep it (`keepStdout`), else "". */
  readonly stdoutText: string;
  /** The last line the child wrote on stderr, for a one-line reason when it failed. */
  readonly lastStderrLine: string;
  readonly timedOut: boolean;
}

/** Where the child's stdin comes from. */
export type ChildInput = { readonly file: string } | { readonly text: string } | { readonly chunks: () => AsyncIterable<string> } | null;

/** Runs `node [--import report-max-rss] script args` and measures it; `measureRss: false` runs plain node (for start-up timing). */
export async function runMeasured(script: string, args: readonly string[], input: ChildInput, options: { timeoutSeconds: number; measureRss?: boolean; keepStdout?: boolean }): Promise<MeasuredRun> {
  const measureRss = options.measureRss ?? true;
  const stdinFd = input !== null && 'file' in input ? openSync(input.file, 'r') : null;
  const started = performance.now();
  const child = spawn(process.execPath, [...(measureRss ? ['--import', REPORT_MAX_RSS] : []), script, ...args], {
    stdio: [stdinFd ?? (input === null ? 'ignore' : 'pipe'), 'pipe', 'pipe', measureRss ? 'pipe' : 'ignore'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (stdinFd !== null) closeSync(stdinFd);
  let stdoutBytes = 0;
  let stdoutLines = 0;
  let stdoutText = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdoutBytes += chunk.length;
    if (options.keepStdout === true) stdoutText += chunk.toString('utf8');
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) stdoutLines++;
  });
  let stderrTail = '';
  child.stderr?.setEncoding('utf8').on('data', (text: string) => (stderrTail = (stderrTail + text).slice(-4000)));
  let reported = '';
  child.stdio[3]?.on('data', (chunk: Buffer) => (reported += chunk.toString('utf8')));
  let sampledPeak = 0;
  const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, treeRssBytes(child.pid))), SAMPLE_MS);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutSeconds * 1000);
  if (input !== null && !('file' in input) && child.stdin !== null) void feed(child.stdin, input);
  const [status, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (code, sig) => resolve([code, sig])));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  clearTimeout(timer);
  const lines = stderrTail.trimEnd().split('\n');
  return { seconds, peakRssBytes: Math.max(sampledPeak, Number(reported.trim()) || 0), status, signal, stdoutBytes, stdoutLines, stdoutText, lastStderrLine: lines.at(-1) ?? '', timedOut };
}

/** Writes the input to the child's stdin, waiting when the pipe is full, so a 1 GB stream never sits in memory. */
async function feed(stdin: NodeJS.WritableStream, input: { readonly text: string } | { readonly chunks: () => AsyncIterable<string> }): Promise<void> {
  stdin.on('error', () => undefined); // the child may exit (or fail) before reading everything
  if ('text' in input) {
    stdin.end(input.text);
    return;
  }
  for await (const chunk of input.chunks()) {
    if (!stdin.write(chunk)) await drainedOrClosed(stdin);
  }
  stdin.end();
}

/** Resident bytes of `pid` and all its descendants now, from /proc; 0 where /proc is absent. */
function treeRssBytes(pid: number | undefined): number {
  if (pid === undefined) return 0;
  let total = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop() ?? 0;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      for (const task of readdirSync(`/proc/${current}/task`)) {
        pending.push(...readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
      }
    } catch {
      // Gone, or no /proc: what was read so far stands.
    }
  }
  return total;
}

/** This file's folder, where the compiled bench scripts live. */
export const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));

/**
 * Waits until `stream` drains or closes, and takes both listeners off again: a stream written in
 * thousands of chunks would otherwise pile up one 'close' listener per wait.
 */
function drainedOrClosed(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.once('drain', done);
    stream.once('close', done);
  });
}
