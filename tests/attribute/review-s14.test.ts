import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index';
import { aboutOf } from './helpers';

// Narrowings found by reviewing this session's readings: each rule kept to what its comment says.
describe('readings kept to their own phrasing', () => {
  it.each([
    // a noun after "data" makes it a modifier, not data someone compiled
    ['Nvidia data center revenue rose 112% to $14.5 billion in the third quarter.', '$14.5 billion', 'subject', 'Nvidia'],
    // only a stock index's number describes a member ("the FTSE 100 retailer"), not a product's
    ['The Boeing 737 maker said revenue rose 5% to $20 billion.', '$20 billion', 'subject', 'Boeing'],
    // a country's industrial output is its own, unlike a company's deliveries in a market
    ['Siemens said orders rose 5% to $20 billion. In Germany, industrial output fell 1.2% in October.', '1.2%', 'subject', 'Germany'],
    // "constant" hides only a restatement ("at constant exchange rates"), not a constant rate
    ['Acme said its loans grew at a constant rate of 5% a year.', '5%', 'metric', 'rate'],
    ['Core operating profit increased 11% at constant rates to 23.4 billion francs.', '23.4 billion francs', 'metric', 'profit'],
    // "higher than last year's …" compares, past the period's possessive
    ["Acme said third-quarter profit was $5 billion, higher than last year's $4 billion.", '$4 billion', 'metric', 'profit'],
    // savings a saver withdraws and a market's homes for sale are no company's cost or assets
    ['Depositors withdrew savings of $2 billion in October.', '$2 billion', 'metric', 'other'],
    ['U.S. housing inventory rose 5% in October.', '5%', 'metric', 'other'],
    // a company written with 's after "the maker of", or one the lexicon knows, is no product
    ["Foxconn, the maker of Apple's iPhones, said sales rose 5%. Apple said revenue rose 8% to $94 billion.", '$94 billion', 'subject', 'Apple'],
    ['The drug Pfizer sells most is Eliquis. Pfizer said revenue rose 8% to $14 billion.', '$14 billion', 'subject', 'Pfizer'],
  ] as const)('%s → %s %s %s', (text, figure, field, value) => {
    const about = aboutOf(text, figure, '2025-11-20');
    expect(field === 'subject' ? about.subject?.name : about.metric?.category).toBe(value);
  });

  it('a revised forecast is the object of the verb: "beat estimates and rose to … from …" revises nothing', () => {
    // (Not the target's quarter, as a revised forecast would keep: the base of a result reported is the quarter a year before.)
    expect(aboutOf('Net profit beat estimates and rose to $5 billion in the third quarter from $4 billion.', '$4 billion', '2025-11-20').period).toMatchObject({ start: '2024-07-01', end: '2024-09-30' });
    expect(aboutOf('Acme lowered its profit forecast for the year ending March 2027 to ¥1.9 trillion from ¥2.4 trillion.', '¥2.4 trillion', '2025-11-20').period).toMatchObject({ start: '2026-04-01', end: '2027-03-31' });
  });

  it('a hard-wrapped line ending in a name is no section heading', () => {
    expect(aboutOf('Analysts said Norvelle\nwould report revenue of $3 billion for the quarter.', '$3 billion', '2025-11-20').subject?.name).toBe('Norvelle');
  });
});

describe('ranges and periods kept to their own phrasing', () => {
  it('"raised spending $2 billion to $10 billion" is a change, "will spend $190 million to $210 million" a range', () => {
    expect(extract('Acme raised spending $2 billion to $10 billion this year.', { referenceDate: '2025-11-20' }).filter((f) => f.kind === 'money').map((f) => f.text)).toEqual(['$2 billion', '$10 billion']);
    expect(extract('Acme will spend $190 million to $210 million on stores.').filter((f) => f.kind === 'money').map((f) => f.text)).toEqual(['$190 million to $210 million']);
  });

  it('"a year earlier" moves back from the period named nearer, not from "in the quarter" further back', () => {
    const p = extract('Acme said revenue in the quarter rose 5%, while full-year revenue was $10 billion in 2024, up from $9 billion a year earlier.', { referenceDate: '2025-11-20' }).find((f) => f.text === 'a year earlier');
    expect(p).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('a capitalised company word is no government\'s fiscal year ("Federal Realty")', () => {
    const q = extract('Federal Realty said revenue for the fiscal year ended Jan. 31, 2025 rose 5%. Fourth-quarter revenue rose 3%.', { referenceDate: '2025-03-10' }).find((f) => f.text === 'Fourth-quarter');
    expect(q).toMatchObject({ start: '2024-11-01', end: '2025-01-31' });
  });
});
