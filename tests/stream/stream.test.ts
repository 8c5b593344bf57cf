import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { extractRecords, extractStream, RecordFailure, splitLines, stringifyLines } from '../../src/stream';
import { LineSplitter } from '../../src/stream/lines';
import { DIST, ROOT } from '../cli/run';

type Out = Record<string, unknown> & { figures?: { kind: string; text: string; amount?: number; value?: number; start?: string; end?: string }[] };

const collect = (): { sink: Writable; items: unknown[] } => {
  const items: unknown[] = [];
  const sink = new Writable({ objectMode: true, write(chunk, _e, cb) { items.push(chunk); cb(); } });
  return { sink, items };
};

describe('extractStream', () => {
  it('takes records in and gives them back with figures, in order', async () => {
    const records = [
      { id: 1, text: 'Fees came to £12.5 million in the first half.', date: '2016-09-01' },
      { id: 2, text: 'Margins widened by 30 basis points.' },
    ];
    const { sink, items } = collect();
    await pipeline(Readable.from(records), extractStream(), sink);
    const [a, b] = items as Out[];
    expect(a!.id).toBe(1);
    expect(a!.figures).toEqual([
      expect.objectContaining({ kind: 'money', text: '£12.5 million', currency: 'GBP', amount: 12_500_000 }),
      expect.objectContaining({ kind: 'period', text: 'first half', start: '2016-01-01', end: '2016-06-30' }),
    ]);
    expect(b!.figures).toEqual([expect.objectContaining({ kind: 'percent', value: 30, unit: 'basis-point' })]);
    // The input records are not changed.
    expect(records[0]).not.toHaveProperty('figures');
  });

  it('reads NDJSON bytes through splitLines and writes NDJSON through stringifyLines', async () => {
    const text = '{"text":"A 7% rise."}\r\n\n{"text":"Up to $3 a share."}\nnot json';
    let out = '';
    const sink = new Writable({ write(chunk: Buffer, _e, cb) { out += chunk.toString(); cb(); } });
    // Bytes split mid-character and mid-line must not matter.
    const bytes = Buffer.from(text);
    const chunks = [bytes.subarray(0, 5), bytes.subarray(5, 31), bytes.subarray(31)];
    await pipeline(Readable.from(chunks), splitLines(), extractStream({ fields: { figures: 'found' } }), stringifyLines(), sink);
    const recs = out.trim().split('\n').map((l) => JSON.parse(l) as Out & { found?: Out['figures'] });
    expect(recs).toHaveLength(3);
    expect(recs[0]!.found).toEqual([expect.objectContaining({ text: '7%', value: 7 })]);
    expect(recs[1]!.found).toEqual([expect.objectContaining({ text: '$3', amount: 3, per: 'share' })]);
    // Line numbers count the blank line too.
    expect(recs[2]).toEqual({ error: { line: 4, message: expect.stringMatching(/^line 4: malformed JSON/) }, input: 'not json' });
  });

  it('strict: emits the error record, then fails with RecordFailure', async () => {
    const { sink, items } = collect();
    const run = pipeline(Readable.from([{ text: 'Costs: $1.' }, { body: 'no text' }, { text: 'never read' }]), extractStream({ strict: true }), sink);
    await expect(run).rejects.toThrow(new RecordFailure('line 2: field "text" must be a string, got nothing', 2));
    expect(items).toHaveLength(2);
    expect((items[1] as Out).error).toEqual({ line: 2, message: 'line 2: field "text" must be a string, got nothing' });
  });

  it('validates options at once, naming the option', () => {
    expect(() => extractStream({ fiscalYearStart: 13 })).toThrow(RangeError);
    expect(() => extractStream({ fiscalYearStart: 13 })).toThrow(/fiscalYearStart/);
    expect(() => extractStream({ fields: { text: '' } })).toThrow('fields.text must be a non-empty string, got string');
    expect(() => extractStream({ referenceDate: '2020-02-30' })).toThrow('referenceDate is not a real date: 2020-02-30');
  });
});

describe('extractRecords', () => {
  it('is an async generator over any (async) iterable of records or lines', async () => {
    async function* source() {
      yield '{"text":"Q2 revenue was ¥800 million.","referenceDate":"2019-08-01"}';
      yield { text: 'No figures.' };
    }
    const out: Out[] = [];
    for await (const rec of extractRecords(source(), { kinds: ['money', 'period'] })) out.push(rec as Out);
    expect(out[0]!.figures).toEqual([
      expect.objectContaining({ kind: 'period', text: 'Q2', start: '2019-04-01', end: '2019-06-30' }),
      expect.objectContaining({ kind: 'money', text: '¥800 million', amount: 800_000_000 }),
    ]);
    expect(out[1]!.figures).toEqual([]);
  });

  it('strict: throws after yielding the error record', async () => {
    const seen: unknown[] = [];
    await expect(async () => {
      for await (const rec of extractRecords(['{"text":"5%"}', '{', '{"text":"6%"}'], { strict: true })) seen.push(rec);
    }).rejects.toThrow(/^line 2: malformed JSON/);
    expect(seen).toHaveLength(2);
  });
});

describe('LineSplitter', () => {
  it('splits on \\n and \\r\\n across chunk boundaries', () => {
    const s = new LineSplitter();
    expect(s.push('\uFEFFab')).toEqual([]);
    expect(s.push('c\r')).toEqual([]);
    expect(s.push('\nde\nf')).toEqual(['abc', 'de']);
    expect(s.end()).toEqual(['f']);
    expect(s.end()).toEqual([]);
  });
});

describe('packaging', () => {
  it('finfigures/stream is a subpath export of the built package', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, { import: { default: string }; require: { default: string } }>; bin: Record<string, string> };
    expect(pkg.exports['./stream']!.import.default).toBe('./dist/stream.js');
    expect(pkg.exports['./stream']!.require.default).toBe('./dist/stream.cjs');
    expect(pkg.bin.finfigures).toBe('./dist/cli.js');
    // Both builds of the built entry load and work.
    const esm = execFileSync(process.execPath, ['--input-type=module', '-e', `
      const { extractRecords } = await import(${JSON.stringify(join(DIST, 'stream.js'))});
      for await (const r of extractRecords([{ text: 'It cost $9.' }])) console.log(r.figures[0].amount);`], { encoding: 'utf8' });
    expect(esm).toBe('9\n');
    const cjs = execFileSync(process.execPath, ['-e', `
      const { extractStream } = require(${JSON.stringify(join(DIST, 'stream.cjs'))});
      const s = extractStream(); s.on('data', (r) => console.log(r.figures[0].value)); s.end({ text: 'Up 4%.' });`], { encoding: 'utf8' });
    expect(cjs).toBe('4\n');
  });

  it('the browser build imports no Node modules; the Node build only node:module, to load attribution', () => {
    const nodeImports = (entry: string): string[] => {
      const seen = new Set<string>();
      const imports: string[] = [];
      const visit = (file: string): void => {
        if (seen.has(file)) return;
        seen.add(file);
        const src = readFileSync(join(DIST, file), 'utf8');
        for (const m of src.matchAll(/(?:^|[;\n])\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
          const spec = m[1] ?? m[2]!;
          if (spec.startsWith('./')) visit(spec.slice(2));
          else imports.push(spec);
        }
      };
      visit(entry);
      expect([...seen].some((f) => readFileSync(join(DIST, f), 'utf8').includes('piscina'))).toBe(false);
      const builtins = /^(node:|fs$|path$|os$|module$|stream|worker_threads$|child_process$|url$|util$|events$|string_decoder$)/;
      return imports.filter((s) => builtins.test(s));
    };
    expect(nodeImports('browser.js')).toEqual([]);
    expect(nodeImports('index.js')).toEqual(['module']);
  });

  it('the core entry (its browser build) and finfigures/report bundle for a browser; finfigures/stream does not', async () => {
    const { build } = await import('esbuild');
    const bundle = (entry: string) => build({ entryPoints: [join(DIST, entry)], bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' });
    const core = await bundle('browser.js');
    expect(core.outputFiles[0]!.text).toContain('function extract(');
    await expect(bundle('report.js')).resolves.toBeDefined();
    await expect(bundle('stream.js')).rejects.toThrow(/Could not resolve "(stream|string_decoder)"/);
    // The Node build loads attribution with node:module (the `browser` export is browser.js).
    await expect(bundle('index.js')).rejects.toThrow(/Could not resolve "(node:)?module"/);
  });
});
