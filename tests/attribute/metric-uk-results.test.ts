/**
 * Measures of British and European results as their press writes them (lexicon/metrics.ts,
 * attribute/metric.ts): a bank's "total income", a cost programme written as one hyphened word,
 * a housebuilder's completions, and a clause opened by "as the" that names another measure.
 * Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('UK and European results: the measure a figure names', () => {
  it.each([
    ['Total income at Severn Lending rose 7 per cent to £9.2bn in the half.', '£9.2bn', 'revenue'],
    ['Severn Lending said total income was up 7 per cent.', '7 per cent', 'revenue'],
    ['Dunwich Bank reported total operating income of €4.1bn, up 3 per cent.', '€4.1bn', 'revenue'],
    ['The insurer unveiled a £450m cost-savings programme on Tuesday.', '£450m', 'cost'],
    ['Brightwater said a €1.2bn cost-cutting plan would run until 2028.', '€1.2bn', 'cost'],
    ['Larkspur Homes warned that completions would fall by 9 per cent this year.', '9 per cent', 'other'],
    ['Home completions at Ferndale rose 4 per cent to 11,200.', '4 per cent', 'other'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });

  it('"as the …" after a change opens another clause: its measure is not the figure\'s', () => {
    const text = 'Net interest income, which climbed 5 per cent to £3.3bn as the net interest margin widened, drove the rise.';
    expect(aboutOf(text, '£3.3bn').metric?.category).toBe('revenue');
    expect(aboutOf(text, '5 per cent').metric?.category).toBe('revenue');
  });

  it('"as a …" is a role, not a clause: the cue after it still names the figure', () => {
    expect(aboutOf('The bank booked $310m as a loss on the sale of its card unit.', '$310m').metric?.category).toBe('loss');
  });
});

describe('an acquisition\'s accounting adjustment names no price', () => {
  it('"earnings per share before purchase price allocation of €4.10 to €4.40" is eps', () => {
    expect(aboutOf('Halberg AG expects basic earnings per share before purchase price allocation of €4.10 to €4.40.', '€4.10 to €4.40').metric?.category).toBe('eps');
  });
});

describe('a growth written right after the figure that names what grew after "in"', () => {
  it.each([
    ['Harnby posts 7% organic growth in orders, keeps its margin target.', '7%', 'deal-value'],
    // a growth of sales stays revenue, and so does one in a place
    ['Tarnby posted 3% organic growth in sales.', '3%', 'revenue'],
    ['Delmar saw 4% organic growth in China.', '4%', 'revenue'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});
