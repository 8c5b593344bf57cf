/**
 * Named holidays, as data: each one's names (as lower-case words, a possessive "'s" or "'"
 * between them left out: "new year's eve" is `new year eve`) and the rule of its date. The
 * peers' test suites ask for the days of the US calendar and of the Western church's Easter,
 * so those are the dates; a holiday whose date differs by country ("labour day") takes the US one.
 */

/**
 * How a holiday's date is found in a year: a fixed day (`m`, `d`); the `n`th weekday `wd`
 * (ISO, 1 = Monday) of month `m`, −1 the last, `plus` days after it ("black friday" is the day
 * after Thanksgiving); or `easter` days from Easter Sunday.
 */
export type HolidayDate =
  | { readonly m: number; readonly d: number }
  | { readonly m: number; readonly wd: number; readonly n: number; readonly plus?: number }
  | { readonly easter: number };

export interface Holiday {
  readonly names: readonly (readonly string[])[];
  readonly date: HolidayDate;
  /** Written after "the" ("the ides of march"), which before other names makes them a modifier ("the christmas season"). */
  readonly article?: true;
}

const THANKSGIVING = { m: 11, wd: 4, n: 4 } as const;

export const HOLIDAYS: readonly Holiday[] = [
  { names: [['christmas'], ['christmas', 'day'], ['xmas'], ['xmas', 'day']], date: { m: 12, d: 25 } },
  { names: [['christmas', 'eve'], ['xmas', 'eve']], date: { m: 12, d: 24 } },
  { names: [['boxing', 'day']], date: { m: 12, d: 26 } },
  { names: [['new', 'year', 'eve'], ['new', 'years', 'eve']], date: { m: 12, d: 31 } },
  { names: [['new', 'year', 'day'], ['new', 'years', 'day']], date: { m: 1, d: 1 } },
  { names: [['valentine', 'day'], ['valentines', 'day']], date: { m: 2, d: 14 } },
  { names: [['groundhog', 'day']], date: { m: 2, d: 2 } },
  { names: [['ides', 'of', 'march']], date: { m: 3, d: 15 }, article: true },
  { names: [['st', 'patrick', 'day'], ['saint', 'patrick', 'day'], ['st', 'patricks', 'day'], ['saint', 'patricks', 'day']], date: { m: 3, d: 17 } },
  { names: [['april', 'fools', 'day'], ['april', 'fool', 'day']], date: { m: 4, d: 1 } },
  { names: [['earth', 'day']], date: { m: 4, d: 22 } },
  { names: [['cinco', 'de', 'mayo']], date: { m: 5, d: 5 } },
  { names: [['juneteenth']], date: { m: 6, d: 19 } },
  { names: [['independence', 'day']], date: { m: 7, d: 4 } },
  { names: [['halloween']], date: { m: 10, d: 31 } },
  { names: [['veterans', 'day'], ['veteran', 'day']], date: { m: 11, d: 11 } },
  { names: [['mlk', 'day'], ['martin', 'luther', 'king', 'day'], ['martin', 'luther', 'king', 'jr', 'day']], date: { m: 1, wd: 1, n: 3 } },
  { names: [['presidents', 'day'], ['president', 'day']], date: { m: 2, wd: 1, n: 3 } },
  { names: [['mother', 'day'], ['mothers', 'day']], date: { m: 5, wd: 7, n: 2 } },
  { names: [['memorial', 'day']], date: { m: 5, wd: 1, n: -1 } },
  { names: [['father', 'day'], ['fathers', 'day']], date: { m: 6, wd: 7, n: 3 } },
  { names: [['labor', 'day'], ['labour', 'day']], date: { m: 9, wd: 1, n: 1 } },
  { names: [['columbus', 'day']], date: { m: 10, wd: 1, n: 2 } },
  { names: [['thanksgiving'], ['thanksgiving', 'day']], date: THANKSGIVING },
  { names: [['black', 'friday']], date: { ...THANKSGIVING, plus: 1 } },
  { names: [['cyber', 'monday']], date: { ...THANKSGIVING, plus: 4 } },
  { names: [['easter'], ['easter', 'sunday'], ['easter', 'day']], date: { easter: 0 } },
  { names: [['easter', 'monday']], date: { easter: 1 } },
  { names: [['good', 'friday']], date: { easter: -2 } },
  { names: [['palm', 'sunday']], date: { easter: -7 } },
  { names: [['ash', 'wednesday']], date: { easter: -46 } },
  { names: [['shrove', 'tuesday'], ['mardi', 'gras']], date: { easter: -47 } },
  { names: [['maundy', 'thursday'], ['holy', 'thursday']], date: { easter: -3 } },
  { names: [['holy', 'saturday']], date: { easter: -1 } },
  { names: [['ascension', 'day']], date: { easter: 39 } },
  { names: [['pentecost'], ['pentecost', 'sunday'], ['whit', 'sunday'], ['whitsunday']], date: { easter: 49 } },
  { names: [['whit', 'monday']], date: { easter: 50 } },
];

/**
 * The words that may follow a holiday written without its year for it to name that day, as it
 * does at the end of a clause ("we met on christmas eve.") or before a function word ("over
 * easter and into april"): any other word makes the name a modifier ("christmas sales", "the
 * easter recess", "memorial day weekend"), and a present or future verb ("easter falls in
 * april") speaks of one to come, which the year rule would put a year back.
 */
export const HOLIDAY_FOLLOWERS: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'nor', 'so', 'then', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'through', 'thru',
  'until', 'till', 'into', 'around', 'than', 'as', 'when', 'while', 'because', 'since', 'if', 'though', 'although',
  'after', 'before', 'i', 'we', 'you', 'he', 'she', 'they', 'it', 'there', 'was', 'were', 'had', 'did',
]);

/**
 * Words before a holiday written without its year that leave open which one it is: a deadline
 * or a time around it ("by easter", "before christmas", "around christmas") is the coming one
 * only when the sentence tells it to come ("will ease by easter"); without that, no period is
 * read, as the year rule's one before would often be wrong.
 */
export const HOLIDAY_DEADLINES: ReadonlySet<string> = new Set(['by', 'before', 'until', 'till', 'around']);

/** Words right before a holiday that make it no date: a greeting ("merry christmas"), or "of" ("the timing of easter"). */
export const HOLIDAY_NOT_AFTER: ReadonlySet<string> = new Set(['merry', 'happy', 'of']);
