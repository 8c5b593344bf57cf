import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHasCheck, CLI, lines, runCli } from './run';
import { WRONG_CHANGE } from './texts';

/** Record i costs $i.50 and grew i%: every output can be matched to its input. */
const record = (i: number): string =>
  JSON.stringify({ id: `r${i}`, text: `Item ${i} sold for $${i}.50, up ${i}% on the year.`, date: '2021-06-30', extra: { keep: i } });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'finfigures-ndjson-'));
});

type Rec = Record<string, unknown> & { figures?: { kind: string; text: string; amount?: number; value?: number; start?: string; end?: string; span: { start: number } }[] };

describe('finfigures extract --ndjson', () => {
  it('adds figures to every record, keeps the other fields and the input order across workers', async () => {
    const input = Array.from({ length: 300 }, (_, i) => record(i + 1)).join('\n') + '\n';
    const r = await runCli(['extract', '--ndjson', '--jobs', '2', '--batch-lines', '7', '-'], { input });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = lines(r.stdout) as Rec[];
    expect(out).toHaveLength(300);
    out.forEach((rec, k) => {
      const i = k + 1;
      expect(rec.id).toBe(`r${i}`);
      expect(rec.extra).toEqual({ keep: i });
      expect(rec.figures!.find((f) => f.kind === 'money')).toMatchObject({ amount: i + 0.5, text: `$${i}.50` });
      expect(rec.figures!.find((f) => f.kind === 'percent')).toMatchObject({ value: i, text: `${i}%` });
    });
    // The same bytes with one worker and on the main thread.
    for (const jobs of ['1', '0']) {
      const again = await runCli(['extract', '--ndjson', '--jobs', jobs, '--batch-lines', '7', '-'], { input });
      expect(again.stdout).toBe(r.stdout);
    }
  });

  it('uses the record date, falling back to referenceDate, then to --reference-date', async () => {
    const text = 'Output fell in the third quarter.';
    const input = [
      { id: 'a', text, date: '2019-11-05' },
      { id: 'b', text, referenceDate: '2015-10-20' },
      { id: 'c', text, date: '2012-12-01', referenceDate: '1999-01-01' },
      { id: 'd', text },
    ].map((x) => JSON.stringify(x)).join('\n');
    const out = lines((await runCli(['extract', '--ndjson', '-j', '0', '-d', '2001-05-01', '-'], { input })).stdout) as Rec[];
    const q = (rec: Rec): string => `${rec.figures![0]!.start}..${rec.figures![0]!.end}`;
    expect(out.map(q)).toEqual(['2019-07-01..2019-09-30', '2015-07-01..2015-09-30', '2012-07-01..2012-09-30', '2000-07-01..2000-09-30']);
  });

  it('malformed lines become error records naming their line; every record yields one output', async () => {
    const input = [
      record(1),
      '',
      '{"id": "broken", "text": "unterminated',
      '[1, 2]',
      '{"id": "no-text", "body": "The fee is $5."}',
      '{"id": "bad-date", "text": "Sales of $9 in Q1.", "date": "2021-02-29"}',
      record(7),
    ].join('\n');
    const r = await runCli(['extract', '--ndjson', '-j', '2', '-'], { input });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('finfigures: 4 of 6 records had errors (see their "error" field)\n');
    const out = lines(r.stdout) as Rec[];
    expect(out).toHaveLength(6);
    expect(out[0]!.id).toBe('r1');
    expect(out[1]).toEqual({ error: { line: 3, message: expect.stringMatching(/^line 3: malformed JSON \(/) }, input: '{"id": "broken", "text": "unterminated' });
    expect(out[2]).toEqual({ error: { line: 4, message: 'line 4: expected a JSON object, got an array' }, input: [1, 2] });
    expect(out[3]).toEqual({ id: 'no-text', body: 'The fee is $5.', error: { line: 5, message: 'line 5: field "text" must be a string, got nothing' } });
    expect(out[4]).toMatchObject({ id: 'bad-date', error: { line: 6, message: 'line 6: field "date" is not a real date: 2021-02-29' } });
    expect(out[5]!.id).toBe('r7');
    expect(out[5]!.figures![0]).toMatchObject({ amount: 7.5 });
  });

  it('--strict writes up to the bad record, reports it and exits 1', async () => {
    const input = [record(1), record(2), 'oops', record(4)].join('\n');
    for (const jobs of ['0', '2']) {
      const r = await runCli(['extract', '--ndjson', '--strict', '-j', jobs, '--batch-lines', '1', '-'], { input });
      expect(r.code).toBe(1);
      const out = lines(r.stdout);
      expect(out.map((x) => x.id ?? (x.error as { line: number }).line)).toEqual(['r1', 'r2', 3]);
      expect(r.stderr).toMatch(/^finfigures: stopped \(--strict\): line 3: malformed JSON \([^\n]*\)\n$/);
    }
  });

  it('--strict stops cleanly with batches still in flight on the workers', async () => {
    // Regression: the pool was destroyed while workers still answered, crashing about one run in two.
    const input = Array.from({ length: 400 }, (_, i) => (i === 2 ? 'oops' : record(i + 1))).join('\n');
    for (let run = 0; run < 5; run++) {
      const r = await runCli(['extract', '--ndjson', '--strict', '-j', '2', '--batch-lines', '1', '-'], { input });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^finfigures: stopped \(--strict\): line 3: malformed JSON/);
      expect(lines(r.stdout)).toHaveLength(3);
    }
  });

  it('empty input gives empty output; blank lines are skipped but counted', async () => {
    for (const input of ['', '\n\n  \n']) {
      const r = await runCli(['extract', '--ndjson', '-'], { input });
      expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    }
    const r = await runCli(['extract', '--ndjson', '-'], { input: '\n\nnope\n' });
    expect(lines(r.stdout)[0]!.error).toMatchObject({ line: 3 });
  });

  it('handles CRLF, a byte-order mark and a last line without newline', async () => {
    const input = '\uFEFF' + record(1) + '\r\n' + record(2) + '\r\n' + record(3);
    const out = lines((await runCli(['extract', '--ndjson', '-'], { input })).stdout) as Rec[];
    expect(out.map((x) => x.id)).toEqual(['r1', 'r2', 'r3']);
    expect(out[2]!.figures![0]).toMatchObject({ amount: 3.5 });
  });

  it('reads and writes configurable field names', async () => {
    const input = JSON.stringify({ body: 'Costs rose 4% in the second half.', published: '2018-03-03', figures: 'kept' }) + '\nnope\n';
    const r = await runCli(['extract', '--ndjson', '--text-field', 'body', '--date-field', 'published', '--figures-field', 'found', '--error-field', 'problem', '-'], { input });
    const [ok, bad] = lines(r.stdout) as Rec[];
    expect(ok!.figures).toBe('kept');
    expect(ok!.found).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'percent', value: 4 }), expect.objectContaining({ kind: 'period', text: 'second half', start: '2017-07-01', end: '2017-12-31' })]));
    expect(bad!.problem).toMatchObject({ line: 2 });
    expect(r.stderr).toContain('(see their "problem" field)');
  });

  it('--check adds a findings field to each record', async () => {
    const input = JSON.stringify({ id: 1, text: WRONG_CHANGE }) + '\n' + JSON.stringify({ id: 2, text: 'Nothing to check here.' }) + '\n';
    const r = await runCli(['extract', '--ndjson', '--check', '--findings-field', 'issues', '-'], { input });
    const out = lines(r.stdout) as (Rec & { issues?: { kind: string; numbers: Record<string, string> }[] })[];
    if (await buildHasCheck()) {
      expect(out[0]!.issues).toHaveLength(1);
      expect(out[0]!.issues![0]).toMatchObject({ kind: 'percent-change', numbers: { stated: '50', computed: '25' } });
      expect(out[1]!.issues).toEqual([]);
    } else {
      expect(out[0]!.issues).toBeUndefined();
    }
  });

  it('--attribution adds "about" in the workers (when the build has it)', async () => {
    const input = JSON.stringify({ text: 'Harbourline Foods said revenue rose 12% to $4.5 billion.' }) + '\n';
    type WithAbout = { text: string; about?: { metric?: { category: string }; subject?: { name: string }; direction?: string } };
    const [rec] = lines((await runCli(['extract', '--ndjson', '--attribution', '-j', '2', '-'], { input })).stdout) as unknown as { figures: WithAbout[] }[];
    const [plain] = lines((await runCli(['extract', '--ndjson', '-j', '2', '-'], { input })).stdout) as Rec[];
    expect(plain!.figures!.some((f) => 'about' in f)).toBe(false);
    const money = rec!.figures.find((f) => f.text === '$4.5 billion')!;
    if (rec!.figures.some((f) => f.about)) {
      expect(money.about).toMatchObject({ metric: { category: 'revenue' }, subject: { name: 'Harbourline Foods' }, direction: 'up' });
    } else {
      expect(money).toMatchObject({ text: '$4.5 billion' });
    }
  });

  it('--kinds, --convert-to and --fiscal-year-start apply to every record', async () => {
    const input = JSON.stringify({ text: 'It paid $2 million in fiscal 2020, or 3% of sales.', date: '2021-01-15' }) + '\n';
    const r = await runCli(['extract', '--ndjson', '--kinds', 'money,period', '--convert-to', 'GBP', '--fiscal-year-start', '7', '-'], { input });
    const [rec] = lines(r.stdout) as Rec[];
    const kinds = rec!.figures!.map((f) => f.kind);
    expect(kinds).toEqual(['money', 'period']);
    expect(rec!.figures![1]).toMatchObject({ start: '2019-07-01', end: '2020-06-30' });
    expect((rec!.figures![0] as unknown as { converted: { currency: string } }).converted.currency).toBe('GBP');
  });

  it('names the file in errors when reading several, and -o writes the output', async () => {
    const a = join(dir, 'a.jsonl'), b = join(dir, 'b.jsonl'), out = join(dir, 'out.jsonl');
    writeFileSync(a, record(1) + '\n' + record(2) + '\n');
    writeFileSync(b, 'bad\n' + record(4) + '\n');
    const r = await runCli(['extract', '--ndjson', '-q', '-o', out, a, b]);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const recs = lines(readFileSync(out, 'utf8'));
    expect(recs.map((x) => x.id ?? x.error)).toEqual(['r1', 'r2', { line: 1, file: b, message: `${b}:1: malformed JSON (Unexpected token 'b', "bad" is not valid JSON)` }, 'r4']);
  });

  it('shows a progress bar with --progress, none when stderr is not a terminal, none with --quiet', async () => {
    const input = Array.from({ length: 50 }, (_, i) => record(i)).join('\n');
    const file = join(dir, 'p.jsonl');
    writeFileSync(file, input);
    const shown = await runCli(['extract', '--ndjson', '--progress', file]);
    expect(shown.stderr).toMatch(/\r\[#{20}\] 100% {2}50 records {2}0\.0 MB {2}[\d.]+ MB\/s {2}ETA 0:00\x1b\[K\n$/);
    const piped = await runCli(['extract', '--ndjson', file]);
    expect(piped.stderr).toBe('');
    const quiet = await runCli(['extract', '--ndjson', '--progress', '--quiet', file]);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(piped.stdout);
  });

  it.skipIf(!existsSync('/usr/bin/script'))('shows the progress bar on its own when stderr is a terminal (util-linux script)', () => {
    const file = join(dir, 'tty.jsonl'), out = join(dir, 'tty.out');
    writeFileSync(file, Array.from({ length: 40 }, (_, i) => record(i)).join('\n'));
    const q = (s: string): string => `'${s.replace(/'/g, "'\\''")}'`;
    // script gives the command a pseudo-terminal; its transcript is what the terminal showed.
    const shown = execFileSync('/usr/bin/script', ['-qec', `${q(process.execPath)} ${q(CLI)} extract --ndjson -o ${q(out)} ${q(file)}`, '/dev/null'], { encoding: 'utf8' });
    expect(shown).toMatch(/\r\[#{20}\] 100% {2}40 records {2}0\.0 MB {2}[\d.]+ MB\/s {2}ETA 0:00\x1b\[K\r?\n$/);
    expect(lines(readFileSync(out, 'utf8'))).toHaveLength(40);
    const quiet = execFileSync('/usr/bin/script', ['-qec', `${q(process.execPath)} ${q(CLI)} extract --ndjson -q -o ${q(out)} ${q(file)}`, '/dev/null'], { encoding: 'utf8' });
    expect(quiet).toBe('');
  });
});
