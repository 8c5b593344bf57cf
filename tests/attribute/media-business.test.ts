import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index';
import { aboutOf } from './helpers';

// Sentences written for these tests: media, entertainment and sports business news.
describe('box office: a film\'s opening, later weekends and running totals are its revenue', () => {
  it.each([
    ["'Moonrise' takes $98 million debut at the North American box office.", '$98 million'],
    ['The sequel posted a $265 million worldwide opening, its studio said.', '$265 million'],
    ['Ticket buyers gave the animated film a $41 million domestic debut.', '$41 million'],
    ['The thriller dropped 61% in its second weekend.', '61%'],
    ['The musical added $22 million, taking its worldwide gross to $870 million.', '$870 million'],
    ['The horror film slipped 40%, lifting its domestic total to $132.5 million.', '$132.5 million'],
    ['Tracking pointed to a domestic opening of $85 million to $95 million for the remake.', '$85 million to $95 million'],
    ['The studio reported a worldwide debut of $204 million.', '$204 million'],
  ] as const)('%s → %s is revenue', (text, figure) => {
    expect(aboutOf(text, figure, '2025-08-04').metric.category).toBe('revenue');
  });
  it('"the opening of its $50 million plant" is no box office', () => {
    expect(aboutOf('The opening of its $50 million plant was delayed to June.', '$50 million', '2025-08-04').metric.category).not.toBe('revenue');
  });
  it('a listing\'s debut still moves its share price', () => {
    expect(aboutOf('Shares of Quenby Tech jumped 38% in their Nasdaq debut on Thursday.', '38%').metric.category).toBe('price');
    expect(aboutOf('Quenby Tech enjoyed a 38% debut pop on Thursday.', '38%').metric.category).not.toBe('revenue');
  });
});

describe('rights, payroll and worth in sports business', () => {
  it.each([
    ['The broadcaster paid ₹4,200 crore for the media rights to the tournament.', '₹4,200 crore', 'deal-value'],
    ['Orwell Sport agreed to pay €310 million for the streaming rights through 2030.', '€310 million', 'deal-value'],
    ["The Rovers' payroll rose to $212 million this season.", '$212 million', 'cost'],
    ['The average club is now worth $3.9 billion, according to the survey.', '$3.9 billion', 'market-value'],
    ['Larchmont Media was worth $8 billion before the deal.', '$8 billion', 'market-value'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure, '2025-08-04').metric.category).toBe(category);
  });
  it.each([
    ['It received two loans from the World Bank worth a total $450 million for ports.', '$450 million'],
    ['The rival bid was a deal worth $2.2 billion.', '$2.2 billion'],
  ] as const)('"worth" without its "be" is no company\'s worth: %s', (text, figure) => {
    expect(aboutOf(text, figure, '2025-08-04').metric.category).not.toBe('market-value');
  });
});

describe('"ahead of" / "behind" a base after a percentage state a move', () => {
  it.each([
    ['Year-to-date admissions stand at 410 million, 9% ahead of 2024.', '9%', 'up'],
    ['Advance ticket sales are running 6% ahead of last year.', '6%', 'up'],
    ['Subscriptions were 3% behind the company\'s target.', '3%', 'down'],
    ['Revenue was 2.5% ahead of the previous record set in 2019.', '2.5%', 'up'],
  ] as const)('%s → %s %s', (text, figure, direction) => {
    expect(aboutOf(text, figure, '2025-08-04').direction).toBe(direction);
  });
  it('"ahead of" an event is a time, no move', () => {
    expect(aboutOf('The overnight rate held at 4.25% ahead of the central bank meeting.', '4.25%', '2025-08-04').direction).toBeUndefined();
  });
});

describe('"an average of" between a verb of change and its percentage', () => {
  it.each([
    ['Season-ticket prices will rise an average of 7% next season, the club said.', '7%', 'up'],
    ['Cinema admissions fell by an average of 4% across the region.', '4%', 'down'],
  ] as const)('%s → %s %s', (text, figure, direction) => {
    expect(aboutOf(text, figure, '2025-08-04').direction).toBe(direction);
  });
});

describe("a company's description never stands for a person named before it", () => {
  const text = 'Catcher Dario Menendez signed a new deal with the Kestrel Bay Hawks on Friday. Menendez earned $14 million in 2025. ' +
    "The club's payroll is set to climb 6% to $190 million next year, and the team is now worth $2.3 billion.";
  it.each([['6%'], ['$190 million'], ['$2.3 billion']] as const)('%s belongs to the club, not the player', (figure) => {
    expect(aboutOf(text, figure, '2025-12-01').subject?.name).toBe('Kestrel Bay Hawks');
  });
  it('the player still owns his pay', () => {
    expect(aboutOf(text, '$14 million', '2025-12-01').subject?.name).toBe('Menendez');
  });
  it("a player's role before the name marks a person: the club is meant, not the pitcher", () => {
    const t = 'The Oakport Gulls signed a new television deal on Monday. Pitcher Ryo Tanabe earns $31 million a year. The club\'s revenue rose 8% to $410 million.';
    expect(aboutOf(t, '8%', '2025-12-01').subject?.name).toBe('Oakport Gulls');
  });
  it('figures and spans are unchanged by attribution', () => {
    const plain = extract(text, { referenceDate: '2025-12-01' }).map((f) => [f.kind, f.span.start, f.span.end]);
    const withAbout = extract(text, { referenceDate: '2025-12-01', attribution: true }).map((f) => [f.kind, f.span.start, f.span.end]);
    expect(withAbout).toEqual(plain);
  });
});

describe('a scaled sum a year with no words of a measure is no unit price', () => {
  it.each([
    ['Under the new agreement, Velden Media will pay the league $2.4 billion a year.', '$2.4 billion'],
    ['The striker will earn about €30 million a year until 2029.', '€30 million'],
  ] as const)('%s → %s is not a price', (text, figure) => {
    expect(aboutOf(text, figure, '2025-08-04').metric.category).not.toBe('price');
  });
  it('a subscription "$14.99 a month" stays a price', () => {
    expect(aboutOf('The ad-free tier is now $14.99 a month.', '$14.99', '2025-08-04').metric.category).toBe('price');
  });
});

describe('a division named with the company\'s first word owns its clause, not the story', () => {
  const text = 'Halden Media plc said half-year operating profit fell 12% to £96m. Halden Studios revenue rose 7% to £410m, helped by two drama sales. ' +
    'Online advertising revenue grew 11% to £150m. It declared an interim dividend of 2.4p a share, and the group expects £25m of cost savings this year.';
  it.each([['7%', 'Halden Studios'], ['£410m', 'Halden Studios']] as const)('%s is the division\'s', (figure, subject) => {
    expect(aboutOf(text, figure, '2025-07-30').subject?.name).toBe(subject);
  });
  it.each([['2.4p'], ['£25m']] as const)('%s after it is the company\'s', (figure) => {
    expect(aboutOf(text, figure, '2025-07-30').subject?.name).toMatch(/^Halden( Media)?/);
    expect(aboutOf(text, figure, '2025-07-30').subject?.name).not.toBe('Halden Studios');
  });
  it('two clubs sharing a first word are no division of each other', () => {
    const t = 'Manchester United said revenue rose 4% to £650m. Manchester City reported revenue of £715m. It also cut its net debt.';
    expect(aboutOf(t, '£715m', '2025-09-30').subject?.name).toBe('Manchester City');
  });
});

describe('deal words in the plural, and a weekday compound that names no one', () => {
  it('"the agreements … will pay $3.1 billion a year" is a deal value', () => {
    expect(aboutOf('The agreements start next season and will pay the conference about $3.1 billion a year.', '$3.1 billion', '2025-03-19').metric.category).toBe('deal-value');
  });
  it('"a Thursday-night package" is no owner of the figure', () => {
    const about = aboutOf('Kelvale Sport pays $1.1 billion a year for a Thursday-night package.', '$1.1 billion', '2025-03-19');
    expect(about.subject?.name).toBe('Kelvale Sport');
  });
});

describe('pay is a cost; a company measure with a person as the topic is the organisation\'s', () => {
  it.each([
    ['Player wages rose to £412 million in the season.', '£412 million', 'cost'],
    ['Salaries of $2.1 billion were the studio\'s largest cost.', '$2.1 billion', 'cost'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure, '2025-10-16').metric.category).toBe(category);
  });
  it('"wages rose 3.2%" in an economy story is no cost', () => {
    expect(aboutOf('Average wages rose 3.2% in March from a year earlier.', '3.2%', '2025-10-16').metric.category).not.toBe('cost');
  });
  it('a revenue figure with no owner after sentences about a player is the club\'s', () => {
    const text = 'Forward Elias Brandt joined the Westmoor Wolves on a four-year deal. Brandt scored 31 goals last season. Matchday revenue rose 9% to $88 million.';
    expect(aboutOf(text, '$88 million', '2025-10-16').subject?.name).toBe('Westmoor Wolves');
  });
});
