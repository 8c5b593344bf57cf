/**
 * ReDoS audit: every regular expression in src/ is checked with recheck, which looks for
 * nested or overlapping quantifiers that backtrack exponentially or polynomially. A
 * vulnerable regex fails the test, with the attack string recheck found.
 *
 * Regex literals and `new RegExp("literal")` are read from the source with the TypeScript
 * parser. Regexes built at run time (`new RegExp(prefix + WORDS)`) are captured by wrapping
 * the RegExp constructor while the public entry points load and run on a sample article;
 * every such call site in src/ must be seen at run time, or the test says which was missed.
 *
 * Known vulnerable regexes are listed in KNOWN with the bug they belong to: their tests are
 * `it.fails`, so the suite stays green until the regex is fixed (then the entry must go).
 */
import { createRequire } from 'node:module';
import { resolve, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, type FoundRegex } from './collect';

const ROOT = resolve(__dirname, '../..');
const SRC = resolve(ROOT, 'src');

interface Diagnostics {
  status: 'safe' | 'vulnerable' | 'unknown';
  checker?: string;
  complexity?: { type: string; summary?: string };
  attack?: { pattern: string };
  error?: { kind: string };
}
const { checkSync } = createRequire(import.meta.url)('recheck') as {
  checkSync: (source: string, flags: string, params?: Record<string, unknown>) => Diagnostics;
};

/** Regexes known to be vulnerable, by file and source, with the bug they are reported under. */
const KNOWN: ReadonlyArray<{ file: string; source: string; bug: string }> = [
];

const knownBug = (r: FoundRegex): string | undefined => KNOWN.find((k) => k.file === r.file && k.source === r.source)?.bug;

/**
 * Fixed seed so fuzzing gives the same answer on every run; and no wall-clock limits on its
 * attack and incubation runs, which on a busy machine time out on linear regexes and report
 * them vulnerable: the limits on characters read (recheck's `attackLimit`, `incubationLimit`)
 * still find a regex that backtracks, the same on every machine.
 */
const PARAMS = { randomSeed: 20240601, attackTimeout: null, incubationTimeout: null };

const { literals, dynamic } = collect(ROOT, SRC);

// --- Regexes built at run time ---------------------------------------------------------

interface Captured extends FoundRegex { readonly site: string }
const captured: Captured[] = [];
const SAMPLE = [
  'Acme Corp said on Oct. 8, 2018 that revenue for the first half of 2017 rose 12% to RMB39.4 billion ($5.7 billion),',
  'of which RMB2.3 billion came from exports, up from 18.5 per cent a year earlier. Net loss was $(5.2) million in Q3 2019,',
  'about €215 million(£190m), or $251 million at current rates; margins widened by 50 basis points to 3%-4%.',
  'It expects $5-6 billion in fiscal 2019, between 3 and 4 pct of sales, versus 2.5% last year.',
  'In Switzerland, inflation rose 1.2% in May, the Federal Statistics Office said.',
].join(' ');

describe('regexes built at run time', () => {
  const Original = globalThis.RegExp;
  beforeAll(async () => {
    const record = (args: unknown[]): void => {
      const stack = new Error().stack ?? '';
      // The first frame in src/ is the call site.
      const frame = stack.split('\n').find((l) => l.includes(SRC + '/'));
      if (!frame) return;
      const m = /\((.*?):(\d+):\d+\)$|at (.*?):(\d+):\d+$/.exec(frame.trim());
      if (!m) return;
      const file = relative(ROOT, (m[1] ?? m[3])!.replace(/^file:\/\//, ''));
      const line = Number(m[2] ?? m[4]);
      const [pattern, flags] = args;
      const source = pattern instanceof Original ? pattern.source : String(pattern);
      const f = flags === undefined ? (pattern instanceof Original ? pattern.flags : '') : String(flags);
      captured.push({ file, line, source, flags: f, site: `${file}:${line}` });
    };
    globalThis.RegExp = new Proxy(Original, {
      construct(target, args, newTarget) {
        record(args);
        return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
      },
      apply(target, thisArg, args) {
        record(args);
        return Reflect.apply(target, thisArg, args);
      },
    });
    try {
      const api = (await import('../../src/index')) as typeof import('../../src/index');
      const opts = { referenceDate: '2018-10-08' } as const;
      api.extract(SAMPLE, opts);
      api.extract(SAMPLE, { ...opts, attribution: true });
      api.extract(SAMPLE, { ...opts, convertTo: 'EUR', embeddedRates: false, rates: { base: 'USD', rates: { EUR: '0.9', CNY: '6.9', GBP: '0.76' } } });
      const withCheck = api as unknown as { check?: (t: string, o?: object) => unknown };
      withCheck.check?.(SAMPLE, opts);
      for (const entry of ['../../src/stream/index', '../../src/report/index']) await import(/* @vite-ignore */ entry).catch(() => undefined);
    } finally {
      globalThis.RegExp = Original;
    }
    // (Loading the whole library from source, attribution and compromise included, takes far
    // longer than vitest's 10 s default on a busy machine.)
  }, 120_000);
  afterAll(() => { globalThis.RegExp = Original; });

  it('every `new RegExp(<computed>)` call site in src/ was seen at run time (so it is audited below)', () => {
    const seen = new Set(captured.map((c) => c.site));
    const missed = dynamic.filter((d) => !seen.has(`${d.file}:${d.line}`)).map((d) => `${d.file}:${d.line} ${d.code}`);
    expect(missed, 'dynamic regexes the audit could not build: make them literals or exercise them in SAMPLE').toEqual([]);
  });

  it('run-time regexes are not vulnerable to ReDoS', () => {
    const bad: string[] = [];
    const unique = new Map(captured.map((c) => [`${c.source}/${c.flags}`, c]));
    for (const c of unique.values()) {
      const d = checkSync(c.source, c.flags, PARAMS);
      if (d.status === 'vulnerable' && !knownBug(c)) bad.push(`${c.site} /${c.source}/${c.flags}: ${d.complexity?.type} attack ${d.attack?.pattern}`);
    }
    expect(bad).toEqual([]);
  }, 120_000);

  // link/equivalents INLINE_GAP was the last known-vulnerable run-time regex (redos-inline-gap, fixed).
  it('no run-time regex is excused by KNOWN', () => {
    expect(captured.filter((c) => knownBug(c)).map((c) => `${c.site} /${c.source}/`)).toEqual([]);
  });
});

// --- Regex literals ----------------------------------------------------------------------

describe('regex literals in src/', () => {
  it('finds the regexes (the scanner works)', () => {
    expect(literals.length).toBeGreaterThan(20);
    expect(literals.some((r) => r.file === 'src/options.ts' && r.source === String.raw`^(\d{4})-(\d{2})-(\d{2})$`)).toBe(true);
  });

  it('knows a vulnerable regex when it sees one (recheck works)', () => {
    expect(checkSync('^(a+)+$', '', PARAMS).status).toBe('vulnerable');
    expect(checkSync(String.raw`^\d+(?:,\d{3})*$`, '', PARAMS).status).toBe('safe');
  }, 60_000);

  for (const r of literals) {
    const bug = knownBug(r);
    const name = `${r.file}:${r.line} /${r.source.length > 80 ? r.source.slice(0, 77) + '...' : r.source}/${r.flags}`;
    (bug ? it.fails : it)(bug ? `${name} [known: ${bug}]` : name, () => {
      const d = checkSync(r.source, r.flags, PARAMS);
      if (d.status === 'unknown') {
        // A timeout on a busy machine is not a verdict; anything else (unsupported syntax) is worth seeing.
        expect(d.error?.kind, `recheck could not analyse /${r.source}/${r.flags}`).toBe('timeout');
        return;
      }
      expect(d.status, `${d.complexity?.type ?? ''} ReDoS, attack: ${d.attack?.pattern ?? ''}`).toBe('safe');
    }, 60_000);
  }
});
