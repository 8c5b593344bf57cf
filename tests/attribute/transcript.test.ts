/**
 * Earnings-call transcripts (attribute/transcript.ts): the company holding the call owns what
 * its speakers report; the people on the speaker lines, those thanked or asked by name, the
 * analysts' firms and the title's words own nothing. Transcripts written for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index';
import { isVocative, readTranscript } from '../../src/attribute/transcript';
import { aboutOf } from './helpers';

const CALL = `Brackenridge Tools Inc. (BRT) Q2 2027 Earnings Call Transcript

Operator: Good morning, and welcome to the Brackenridge Tools second-quarter call.

Sofia Lindqvist -- Chief Financial Officer
Thanks, Paul. Net sales were $1.46 billion, up 5% from a year ago, and we bought back $120 million of stock. Our adjusted operating margin was 16.2%.

Ken Abara -- Redcastle Securities -- Analyst
Sofia, on the $120 million of buybacks -- is more coming? And is capex still about $90 million?

Sofia Lindqvist -- Chief Financial Officer
Yes, Ken, capex should land near $90 million, and we expect the fed funds rate to reach 3.5%.`;

describe('a call transcript: the company holding the call owns its speakers\' figures', () => {
  it.each([
    ['$1.46 billion'],
    ['5%'],
    ['16.2%'],
    ['$120 million'],
    ['$90 million'],
  ] as const)('%s is Brackenridge Tools Inc.', (figure) => {
    expect(aboutOf(CALL, figure, '2027-07-30').subject?.name).toBe('Brackenridge Tools Inc.');
  });

  it('the same amount restated in the analyst\'s question is the company\'s too', () => {
    const figs = extract(CALL, { attribution: true, referenceDate: '2027-07-30' }).filter((f) => f.text === '$120 million');
    expect(figs).toHaveLength(2);
    for (const f of figs) expect(f.kind !== 'period' && f.about?.subject?.name).toBe('Brackenridge Tools Inc.');
  });

  it('a rate the speaker names is neither the speaker\'s nor the company\'s', () => {
    const about = aboutOf(CALL, '3.5%', '2027-07-30');
    expect(about.metric.category).toBe('rate');
    expect(about.subject).toBeUndefined();
  });

  it('a name in the title stops at its company ending, ticker, period or event', () => {
    for (const [title, name] of [
      ['Ferrow Mining Ltd (ASX: FRW) -- Half-Year Results Briefing', 'Ferrow Mining Ltd'],
      ['Oskarsborg Energi ASA -- Q1 2026 Results Webcast Transcript', 'Oskarsborg Energi ASA'],
      ['Lindenau AG Capital Markets Day 2026', 'Lindenau AG'],
      ['Tilbury Foods Q4 Fiscal 2026 Earnings Call', 'Tilbury Foods'],
    ] as const) {
      const r = readTranscript(`${title}\n\nJo Bell -- Chief Executive Officer\nHello.\n\nAl Roy -- Chief Financial Officer\nHi.`);
      expect(r?.company?.name).toBe(name);
    }
  });

  it('is no transcript without speaker lines or a host', () => {
    expect(readTranscript('Brackenridge Tools said on Tuesday net sales rose 5% to $1.46 billion.\nThe shares rose 2%.')).toBeUndefined();
  });

  it.each([
    ['Thanks, Paul. Sales rose.', 'Paul', true],
    ['Sofia, on the margin -- is it 16%?', 'Sofia', true],
    ['Three cuts, Chris, one each.', 'Chris', true],
    ['In Germany, sales rose.', 'Germany', false],
    ['We thank Acme Corp, our partner.', 'Acme Corp', false],
  ] as const)('in %s, %s is spoken to: %s', (text, name, spoken) => {
    expect(isVocative(text, name, text.indexOf(name))).toBe(spoken);
  });
});

describe('calls\' abbreviations own nothing', () => {
  it.each([
    ['Harwick Pharma had a good quarter. Sales rose 9% at CER.', '9%', 'Harwick Pharma'],
    ['Corliss Software grew quickly. RPO climbed 28% to $11.2 billion.', '28%', 'Corliss Software'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe('a result with no period in a transcript is for the period its title names', () => {
  const call = `Wexford Labs (WXL) Q3 2027 Earnings Call Transcript

Operator: Welcome to the Wexford Labs call.

Ana Ruiz -- Chief Executive Officer
Thank you. It was a strong third quarter.

Lee Park -- Chief Financial Officer
Thanks, Ana. Gross profit was $412 million and gross margin was 61.5%. Net debt was $1.1 billion, and we paid a dividend of 30 cents.`;
  it.each([
    ['$412 million', '2027-07-01', '2027-09-30'],
    ['61.5%', '2027-07-01', '2027-09-30'],
  ] as const)('%s → %s..%s', (figure, start, end) => {
    const p = aboutOf(call, figure, '2027-10-28').period;
    expect([p?.start, p?.end]).toEqual([start, end]);
  });

  it.each([['$1.1 billion'], ['30 cents']] as const)('a balance or a dividend, %s, takes none', (figure) => {
    expect(aboutOf(call, figure, '2027-10-28').period).toBeUndefined();
  });
});

describe('what a measure leaves out owns none of it', () => {
  it.each([
    ['Harrow Bancorp had a good quarter. Net interest income, excluding Markets, was $9.2 billion.', '$9.2 billion', 'Harrow Bancorp'],
    ['Dunmore Telecom said revenue, except Wholesale, rose 3%.', '3%', 'Dunmore Telecom'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe('a spaced dash after a figure opens another clause', () => {
  it.each([
    ['Kestrel Foods said U.S. comps rose 3.1% -- traffic fell 2%.', '3.1%', 'revenue'],
    ['Kestrel Foods said same-store sales rose 4% — footfall was flat.', '4%', 'revenue'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric.category).toBe(metric);
  });

  it('keeps a compound noun right after the figure', () => {
    expect(aboutOf('Kestrel Foods booked a $40 million Q3 loss.', '$40 million').metric.category).toBe('loss');
  });
});
