/**
 * Earnings-call transcripts: speaker lines ("Maria Chen -- Chief Financial Officer", "David
 * Park -- Morgan Stanley -- Analyst"), "Operator:" lines, a title line naming the company
 * ("Halvorsen Industrial (HVI) Q4 2025 Earnings Call Transcript"). The speakers say "we" and
 * "our" for the company holding the call, thank and address one another by first name
 * ("Thanks, Tom.", "Maria, on the margin …") and never own the company's results; neither do
 * the analysts' firms of the speaker lines, nor the words of the headings ("Call",
 * "Transcript", "Prepared Remarks"). The readers here find whether a text is a transcript,
 * which company holds the call, and whether a subject found is one of those non-owners.
 */
import { isNameSuffix } from './entities';

/** Separators between a speaker's name, firm and role on a speaker line. */
const SEPARATORS = [' -- ', ' — ', ' – '];
/** Lines that open a turn of the call's host. */
const HOST_LINE = /^(?:Operator|Moderator|Coordinator)(?::|$)/;
/** Longest line read as a title or a speaker line. */
const MAX_LINE = 120;

interface Line {
  readonly start: number;
  readonly end: number;
}

/** What a transcript's lines say about its speakers; read once per text. */
export interface TranscriptReading {
  /** The company holding the call, as first written (title line or first mention), with its span. */
  readonly company: { readonly name: string; readonly start: number; readonly end: number } | undefined;
  /** `start` lies on the title line or a speaker line. */
  onHeading(start: number): boolean;
  /** `start` lies on the title line. */
  onTitle(start: number): boolean;
  /** A word of a speaker's name ("Maria", "Chen" of "Maria Chen -- Chief Financial Officer"). */
  speakerWord(word: string): boolean;
}

const speakerSegment = (line: string): string | undefined => {
  if (line.length > MAX_LINE || /[.!?]$/.test(line)) return undefined;
  for (const sep of SEPARATORS) {
    const k = line.indexOf(sep);
    if (k > 0 && /^[A-Z]/.test(line) && /^[A-Z]/.test(line.slice(k + sep.length))) return line.slice(0, k);
  }
  return undefined;
};

/** Words of a title that end the company's name before them: the period, the event, the ticker. */
const TITLE_STOP = /^(?:\(|Q[1-4]|[1-4]Q|H[12]|FY|F[1-4]Q|First|Second|Third|Fourth|Full|Half|Half-Year|Fiscal|Earnings|Results|Capital|Investor|Conference|Annual|Interim|Preliminary|Trading|Quarterly|Call|Webcast|Transcript|\d)/;

/** The company a title line names before its ticker, period or event: "Valdoria Pharma SE (VLDR) Q3 2025 …" → "Valdoria Pharma SE". */
function titleCompany(line: string): string | undefined {
  const words = line.split(' ');
  const out: string[] = [];
  for (const w of words) {
    if (!/^[A-Z]/.test(w) || TITLE_STOP.test(w) || SEPARATORS.some((s) => s.trim() === w)) break;
    out.push(w);
    if (out.length > 1 && isNameSuffix(w.toLowerCase().replaceAll('.', '').replace(/,$/, ''))) break;
    if (out.length >= 6) return undefined;
  }
  return out.length ? out.join(' ').replace(/[,:]$/, '') : undefined;
}

/**
 * The text read as a transcript: two speaker lines or a host's line at least, else undefined.
 * Linear in the text: one pass over its lines.
 */
export function readTranscript(text: string): TranscriptReading | undefined {
  const headings: Line[] = [];
  const speakerWords = new Set<string>();
  let hosts = 0;
  let title: Line | undefined;
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, Math.min(end, at + MAX_LINE + 1)).trim();
    // (The title line may name the company and the call with a dash as a speaker line does.)
    if (line && !title) title = { start: at + text.slice(at, end).indexOf(line[0]!), end };
    else if (line) {
      const seg = speakerSegment(line);
      if (seg) {
        headings.push({ start: at, end });
        for (const w of seg.split(' ')) if (/^[A-Z]/.test(w)) speakerWords.add(w);
      } else if (HOST_LINE.test(line)) hosts++;
    }
    at = end + 1;
  }
  if (headings.length < 2 && hosts === 0) return undefined;
  if (title) headings.push(title);
  let company: TranscriptReading['company'];
  const named = title && titleCompany(text.slice(title.start, Math.min(title.end, title.start + MAX_LINE)));
  if (named && !speakerWords.has(named.split(' ')[0]!)) company = { name: named, start: title!.start, end: title!.start + named.length };
  return {
    company,
    onHeading: (start) => headings.some((h) => h.start <= start && start < h.end),
    onTitle: (start) => !!title && title.start <= start && start < title.end,
    speakerWord: (w) => speakerWords.has(w),
  };
}

/**
 * `name` written at `start` is spoken to, not about: one capitalised word set off by a comma
 * before it (or opening its line) and a comma or a sentence's end after it: "Thanks, Tom.",
 * "Maria, just to be sure", "Three cuts, Chris, one each".
 */
export function isVocative(text: string, name: string, start: number): boolean {
  if (name.includes(' ')) return false;
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text[start + name.length] ?? '';
  return (before === ', ' || before.endsWith('\n') || start === 0) && /^[,.?!]$/.test(after);
}
