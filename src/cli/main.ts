#!/usr/bin/env node
/**
 * The `finfigures` command. Built to dist/cli.js (ES module, with its worker beside it in
 * dist/cli-worker.js). Errors are one line on stderr and a non-zero exit status.
 */
import { createReadStream, createWriteStream, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Writable } from 'node:stream';
import * as core from '../index';
import { renderReport } from '../report/html';
import { checkAvailable, runCheck, toRecordConfig } from '../stream/record';
import type { ExtractOptions } from '../types';
import { HELP, parseCli, UsageError, type CliArgs } from './args';
import { formatResults, type DocResult } from './format';
import { runNdjson } from './ndjson';
import { Progress } from './progress';

class RunError extends Error {}

/** Set by tsup from package.json. */
declare const __FINFIGURES_VERSION__: string;
const version = (): string => (typeof __FINFIGURES_VERSION__ === 'string' ? __FINFIGURES_VERSION__ : 'unknown');

/** Library option names as the command spells them, for error messages. */
const FLAG_OF: Readonly<Record<string, string>> = {
  referenceDate: '--reference-date', fiscalYearStart: '--fiscal-year-start', convertTo: '--convert-to', dollar: '--dollar', kinds: '--kinds', attribution: '--attribution',
};

/**
 * The library options for `args`, validated once up front: a bad value is a usage error
 * (exit status 2) that names the command's flag, not the library's option.
 */
function extractOptions(args: CliArgs): ExtractOptions {
  const options = buildOptions(args);
  try {
    core.extract('', options);
  } catch (err) {
    let text = errorText(err);
    // "dollar must be…" → "--dollar must be…"
    const name = Object.keys(FLAG_OF).find((n) => text.startsWith(`${n} `));
    if (name) text = FLAG_OF[name] + text.slice(name.length);
    throw new UsageError(text);
  }
  return options;
}

function buildOptions(args: CliArgs): ExtractOptions {
  return {
    ...(args.referenceDate !== undefined ? { referenceDate: args.referenceDate } : {}),
    ...(args.fiscalYearStart !== undefined ? { fiscalYearStart: args.fiscalYearStart } : {}),
    ...(args.convertTo !== undefined ? { convertTo: args.convertTo } : {}),
    ...(args.dollar !== undefined ? { dollar: args.dollar } : {}),
    ...(args.kinds !== undefined ? { kinds: args.kinds } : {}),
    ...(args.attribution ? ({ attribution: true } as object) : {}),
  };
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err)).split('\n')[0]!;

/** Checks every FILE can be read before any work starts: a missing one is one clear error. */
function checkFiles(files: readonly string[]): number | undefined {
  let total = 0;
  for (const f of files) {
    if (f === '-') {
      try {
        const st = statSync('/dev/stdin');
        if (!st.isFile()) return undefined;
        total += st.size;
      } catch {
        return undefined;
      }
      continue;
    }
    let st;
    try {
      st = statSync(f);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new RunError(`cannot read ${f}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : errorText(err)}`);
    }
    if (st.isDirectory()) throw new RunError(`cannot read ${f}: it is a directory`);
    total += st.size;
  }
  return total;
}

function readText(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    throw new RunError(`cannot read ${file === '-' ? 'stdin' : file}: ${errorText(err)}`);
  }
}

async function writeOut(args: CliArgs, text: string): Promise<void> {
  if (args.output !== undefined) {
    try {
      writeFileSync(args.output, text);
    } catch (err) {
      throw new RunError(`cannot write ${args.output}: ${errorText(err)}`);
    }
    return;
  }
  await new Promise<void>((resolve, reject) => process.stdout.write(text, (err) => (err ? reject(err) : resolve())));
}

function wantCheck(args: CliArgs, quiet: boolean): boolean {
  const asked = args.command === 'report' ? !args.noCheck : args.check;
  if (!asked) return false;
  if (checkAvailable()) return true;
  if (args.command === 'report' && !args.check) return false; // the report's default: quietly without
  if (!quiet) process.stderr.write('finfigures: warning: --check is not available in this build; no findings\n');
  return false;
}

function documents(args: CliArgs, check: boolean): DocResult[] {
  const options = extractOptions(args);
  const files = args.files.length > 0 ? args.files : ['-'];
  return files.map((source) => {
    const text = readText(source);
    const figures = core.extract(text, options);
    return check ? { source, figures, findings: runCheck(text, figures, options) as DocResult['findings'] } : { source, figures };
  });
}

async function extractCommand(args: CliArgs): Promise<number> {
  if (args.files.length === 0 && process.stdin.isTTY) throw new UsageError('no input: give a FILE, or - and pipe text to stdin (see finfigures --help)');
  const files = args.files.length > 0 ? args.files : ['-'];
  const total = checkFiles(files);
  const check = wantCheck(args, args.quiet);
  if (!args.ndjson) {
    await writeOut(args, formatResults(args.format, documents(args, check)));
    return 0;
  }
  let config;
  try {
    config = toRecordConfig({ ...extractOptions(args), fields: args.fields, check });
  } catch (err) {
    throw new UsageError(errorText(err));
  }
  const showProgress = !args.quiet && (args.progress || process.stderr.isTTY === true);
  const progress = new Progress(showProgress ? { write: (s) => process.stderr.write(s), columns: process.stderr.columns || 100 } : undefined, total);
  let out: Writable = process.stdout;
  if (args.output !== undefined) {
    out = createWriteStream(args.output);
    await new Promise<void>((resolve, reject) => out.once('open', () => resolve()).once('error', (e) => reject(new RunError(`cannot write ${args.output}: ${errorText(e)}`))));
  }
  const summary = await runNdjson({
    inputs: files.map((name) => ({ name, open: () => (name === '-' ? process.stdin : createReadStream(name, { highWaterMark: 1 << 20 })) })),
    out,
    config,
    jobs: args.jobs,
    strict: args.strict,
    batchLines: args.batchLines,
    progress,
    workerUrl: new URL('./cli-worker.js', import.meta.url),
  });
  if (out !== process.stdout) await new Promise<void>((resolve) => out.end(resolve));
  if (summary.stoppedAt) {
    process.stderr.write(`finfigures: stopped (--strict): ${summary.stoppedAt.message}\n`);
    return 1;
  }
  if (summary.errors > 0 && !args.quiet) process.stderr.write(`finfigures: ${summary.errors} of ${summary.records} records had errors (see their "${config.fields.error}" field)\n`);
  return 0;
}

async function reportCommand(args: CliArgs): Promise<number> {
  const file = args.files[0]!;
  if (file === '-' && process.stdin.isTTY) throw new UsageError('report -: pipe the text to stdin');
  checkFiles([file]);
  const text = readText(file);
  const options = extractOptions(args);
  const figures = core.extract(text, options);
  const findings = wantCheck(args, args.quiet) ? (runCheck(text, figures, options) as Parameters<typeof renderReport>[0]['findings']) : undefined;
  const html = renderReport({
    text,
    figures,
    ...(findings !== undefined ? { findings } : {}),
    title: args.title ?? (file === '-' ? 'stdin' : basename(file)),
    options: {
      ...(args.referenceDate !== undefined ? { referenceDate: args.referenceDate } : {}),
      ...(args.convertTo !== undefined ? { convertTo: args.convertTo } : {}),
      ...(args.fiscalYearStart !== undefined ? { fiscalYearStart: args.fiscalYearStart } : {}),
    },
  });
  await writeOut(args, html);
  if (args.output !== undefined && !args.quiet) process.stderr.write(`finfigures: wrote ${args.output} (${figures.length} figures${findings ? `, ${findings.length} finding${findings.length === 1 ? '' : 's'}` : ''})\n`);
  return 0;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseCli(argv);
    switch (args.command) {
      case 'help':
        process.stdout.write(HELP);
        return 0;
      case 'version':
        process.stdout.write(`${version()}\n`);
        return 0;
      case 'extract':
        return await extractCommand(args);
      case 'report':
        return await reportCommand(args);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException)?.code === 'EPIPE') return 0;
    process.stderr.write(`finfigures: ${errorText(err)}\n`);
    return err instanceof UsageError ? 2 : 1;
  }
}

// A closed stdout (`| head`) ends the run quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
});

/** CPU seconds of each live thread of this process, by thread id (Linux /proc; undefined elsewhere). */
function threadCpu(): Map<string, number> | undefined {
  try {
    const out = new Map<string, number>();
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) / 100);
    }
    return out;
  } catch {
    return undefined;
  }
}

// For the benchmarks (tests/bench): CPU time and peak RSS as JSON on stderr, with the CPU split
// by thread (Linux): the main thread; V8's background threads (the threads alive before the
// command starts: concurrent compilation and GC for every isolate, workers' included); the
// pool's workers (gone by exit: what the process used beyond the live threads); and the rest
// (libuv's file-system threads). `mainBusy` is the main thread's event-loop utilisation.
if (process.env.FINFIGURES_STATS === '1') {
  const started = performance.now();
  const atStart = new Set(threadCpu()?.keys());
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const live = threadCpu();
    let threads: Record<string, number> | undefined;
    if (live) {
      const main = live.get(String(process.pid)) ?? 0;
      let v8Background = 0, other = 0;
      for (const [tid, secs] of live) if (tid !== String(process.pid)) atStart.has(tid) ? (v8Background += secs) : (other += secs);
      const r = (x: number): number => Math.round(x * 100) / 100;
      threads = { main: r(main), v8Background: r(v8Background), workers: r(Math.max(0, cpuSeconds - main - v8Background - other)), other: r(other) };
    }
    const stats = { wallSeconds: (performance.now() - started) / 1000, cpuSeconds, maxRssMb: process.resourceUsage().maxRSS / 1024, mainBusy: Math.round(performance.eventLoopUtilization().utilization * 1000) / 1000, threads };
    process.stderr.write(`finfigures-stats ${JSON.stringify(stats)}\n`);
  });
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
