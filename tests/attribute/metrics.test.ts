import { describe, expect, it } from 'vitest';
import { METRIC_CATEGORIES, METRIC_ROWS } from '../../src/lexicon/metrics';
import { aboutOf } from './helpers';

// One sentence (written for these tests) per metric category of the attribution format.
const CASES: [category: string, text: string, figure: string, label?: string][] = [
  ['revenue', 'Northwind Traders said quarterly revenue climbed 9% to $812 million.', '$812 million', 'revenue'],
  ['revenue', 'Turnover at the group reached €4.4 billion.', '€4.4 billion', 'Turnover'],
  ['profit', "Contoso's net income was $45.3 million in the third quarter of 2021.", '$45.3 million', 'net income'],
  ['loss', 'Fabrikam swung to an operating loss of $12 million in 2020.', '$12 million', 'operating loss'],
  ['loss', 'Tailwind Freight posted a $7.5 million first-quarter loss.', '$7.5 million', 'loss'],
  ['ebitda', 'Tailspin reported adjusted EBITDA of €210 million for 2022.', '€210 million', 'adjusted EBITDA'],
  ['profit', 'Adjusted EBITA rose 6% to €648 million.', '€648 million', 'Adjusted EBITA'],
  ['eps', 'Excluding items, Litware earned $1.14 per share.', '$1.14'],
  ['eps', 'Analysts had expected $1.01 a share.', '$1.01'],
  ['eps', 'Earnings per share rose to $1.42 from $1.10, Litware said.', '$1.42', 'Earnings per share'],
  ['eps', 'Litware earned a profit of $1.42 a share in 2022.', '$1.42'],
  ['dividend', 'The board of Wingtip Toys declared a dividend of 35 cents a share.', '35 cents', 'dividend'],
  ['margin', "Proseware's gross margin narrowed to 38.5% in the second quarter.", '38.5%', 'gross margin'],
  ['cost', 'Adatum booked restructuring charges of $95 million last year.', '$95 million', 'charges'],
  ['cost', 'Capital expenditure is expected to be about $1.1 billion this year.', '$1.1 billion', 'Capital expenditure'],
  ['debt', 'Blue Yonder Airlines cut its net debt by £1.2 billion to £4.8 billion in 2019.', '£4.8 billion', 'net debt'],
  ['cash', 'Datum Corp ended the year with cash of $600 million.', '$600 million', 'cash'],
  // A valuation of a company, and an index of prices (inflation).
  ['market-value', 'Tallis Robotics was last valued at $2.2 billion in a funding round.', '$2.2 billion', 'last valued at'],
  ['market-value', 'The offer would value Corbel Foods at about $900 million.', '$900 million', 'value Corbel Foods at'],
  ['rate', 'The consumer price index rose 2.9% in the 12 months through May.', '2.9%', 'consumer price index'],
  // Phrasings of British, Indian, African and Asian reports.
  ['profit', 'Marlowe Estates lifted profit before tax by 18% to £64mn.', '£64mn', 'profit before tax'],
  ['profit', 'Group profit after tax was 48 mln crowns.', '48 mln crowns', 'profit after tax'],
  ['profit', 'Net profit after tax fell 4% to $880 million.', '$880 million', 'Net profit after tax'],
  ['profit', 'Earnings before interest and tax rose to NZ$210 million.', 'NZ$210 million', 'Earnings before interest and tax'],
  // Continental reports' "result", and an insurer's annualised premium equivalent.
  ['profit', 'Halvor Bank booked a net result of €380 million for the half.', '€380 million', 'net result'],
  ['revenue', 'Annualised premium equivalent climbed to £940 million.', '£940 million', 'Annualised premium equivalent'],
  ['revenue', 'Gross earnings at Obi Bank rose to N640 billion.', 'N640 billion', 'Gross earnings'],
  ['eps', 'Headline earnings per share rose 9% to 318c.', '318c', 'Headline earnings per share'],
  ['dividend', 'Harbourfront Trust paid a distribution per unit of 2.6 cents.', '2.6 cents', 'distribution per unit'],
  ['dividend', 'Vale do Sol will pay interest on capital of R$0.38 a share.', 'R$0.38', 'interest on capital'],
  ['tax', 'GST collections rose 7% to ₹1.8 lakh crore in May.', '₹1.8 lakh crore', 'GST collections'],
  ['tax', 'Voters rejected a five pct sales tax.', 'five pct', 'sales tax'],
  ['debt', 'The state will borrow up to Rs 40,000 crore through bonds.', 'Rs 40,000 crore', 'borrow'],
  // The verb names only the amount right after it.
  ['deal-value', 'The fund will raise $14 million from the sale of units and will borrow $4 million.', '$14 million'],
  // Per share "on an adjusted basis" is still per share.
  ['eps', 'Merrow Tools earned $1.64 per share on an adjusted basis last year.', '$1.64'],
  // An airline's traffic counts passengers, not money: "revenue passenger miles" is no revenue.
  ['other', 'Skyward Air said revenue passenger miles rose 8.2% in May.', '8.2%', 'revenue passenger miles'],
  ['other', 'Its passenger load factor slipped to 79.5% in May.', '79.5%', 'passenger load factor'],
  ['cash', 'Datum Corp closed June with $820 million in cash and marketable securities.', '$820 million', 'cash and marketable securities'],
  ['debt', 'Datum Corp will pay with cash on hand and $400 million of new borrowings.', '$400 million', 'borrowings'],
  ['assets', 'Lucerne Publishing had total assets of $3.4 billion at the end of 2018.', '$3.4 billion', 'total assets'],
  ['market-value', 'The market value of Coho Winery fell 15% to $2.1 billion.', '$2.1 billion', 'market value'],
  ['deal-value', 'Woodgrove Bank agreed to buy Fourth Coffee for $1.5 billion in cash.', '$1.5 billion', 'buy'],
  ['deal-value', 'Fabrikam won a $300 million contract from the navy.', '$300 million', 'contract'],
  ['price', 'Shares of Humongous Insurance rose 4.2% to $61.30.', '$61.30', 'Shares'],
  ['price', 'Brent crude settled at $84.10 a barrel.', '$84.10'],
  ['fine', 'Regulators fined Trey Research $30 million for misleading investors.', '$30 million', 'fined'],
  ['tax', 'Alpine Ski House paid taxes of CHF 80 million in 2021.', 'CHF 80 million', 'taxes'],
  ['stake', 'Graphic Design Institute holds a 12% stake in Relecloud.', '12%', 'stake'],
  ['stake', 'Its market share slipped to 21% in Europe.', '21%', 'market share'],
  ['stake', 'Its share of the Korean car market slipped to 21%.', '21%', 'share of the Korean car market'],
  ['stake', "Its share of Brazil's cement market rose to 14%.", '14%', "share of Brazil's cement market"],
  ['rate', 'Inflation in Freedonia slowed to 3.1% in March.', '3.1%', 'Inflation'],
  // (An economy's income, not a company's: "income" alone would be profit.)
  ['rate', 'National income, the planners\' measure of output, is set to grow 4.2% next year.', '4.2%', 'National income'],
  ['rate', 'The central bank raised interest rates by 50 basis points to 4.25%.', '4.25%', 'interest rates'],
  ['other', 'The museum welcomed visitors who donated $40 million.', '$40 million'],
  ['other', 'Litware bought back $250 million of its shares in May.', '$250 million', 'bought back'],
  ['cost', 'Litware wrote down the value of its retail arm by $90 million.', '$90 million', 'wrote down'],
  ['cost', 'Vega Telecom plans to spend $40 billion on its network.', '$40 billion', 'to spend'],
];

describe('metric', () => {
  it.each(CASES)('%s: %s', (category, text, figure, label) => {
    const a = aboutOf(text, figure);
    expect(a.metric?.category).toBe(category);
    if (label) expect(a.metric?.label).toBe(label);
  });

  it('covers every category of the attribution format', () => {
    expect(new Set(CASES.map((c) => c[0]))).toEqual(new Set(METRIC_CATEGORIES));
  });

  it('a percentage that describes a change takes the metric of what changed', () => {
    expect(aboutOf('Acme reported a 31% jump in sales.', '31%').metric?.category).toBe('revenue');
    expect(aboutOf('Acme said costs rose 4%, while its revenue fell 2%.', '2%').metric?.category).toBe('revenue');
  });

  // What changed may carry words of its own, or a period, between "in" and the measure.
  const CHANGED: [text: string, figure: string, category: string, label: string][] = [
    ['The pact was reopened, citing a 35 pct slump in oil revenues last year.', '35 pct', 'revenue', 'revenues'],
    ['Orbis shares fell after a 12% drop in first-half operating profit.', '12%', 'profit', 'operating profit'],
    ['The board warned of a 20% fall in 2026 sales.', '20%', 'revenue', 'sales'],
    ['The plan led to a 9% rise in its 2025 capital spending.', '9%', 'cost', 'capital spending'],
    ['The deal was signed despite a 6% decline in group export sales.', '6%', 'revenue', 'sales'],
  ];
  it.each(CHANGED)('a change in what it names: %s', (text, figure, category, label) => {
    const m = aboutOf(text, figure).metric;
    expect(m?.category).toBe(category);
    expect(m?.label).toBe(label);
  });

  it('a period after "in the", or a basis after "on", names nothing', () => {
    expect(aboutOf('Crude traded at $71.40 in the May contract on Nymex.', '$71.40').metric?.category).toBe('price');
    expect(aboutOf('The dividend payout rose to 90 mln crowns from 75 mln on 2025 earnings.', '75 mln').metric?.category).toBe('dividend');
  });

  it('newswire tables and "…, or 25 cents a share"', () => {
    const table = 'Shr 35 cts vs 25 cts\nQtly div 10 cts vs 10 cts';
    expect(aboutOf(table, '25 cts', '1987-03-02').metric?.category).toBe('eps');
    expect(aboutOf(table, '10 cts', '1987-03-02').metric?.category).toBe('dividend');
    expect(aboutOf('Acme reported a net loss of $5 million, or 25 cents a share, in 2019.', '25 cents').metric?.category).toBe('eps');
  });

  it('"It fell 14%" after a sentence whose subject is a measure takes that measure', () => {
    const a = aboutOf("In the first half of 2020, Initech's revenue declined. It fell 14% to $400 million.", '14%');
    expect(a).toMatchObject({ metric: { category: 'revenue' }, subject: { name: 'Initech' }, direction: 'down', period: { start: '2020-01-01', end: '2020-06-30' } });
  });

  it('prefers the words linked before the figure over an "of" after it', () => {
    // "penalties equal to 3% of its revenue" is a penalty, not revenue.
    expect(aboutOf('Acme paid penalties equal to 3% of its revenue.', '3%').metric?.category).toBe('fine');
  });

  it('is data: every row has an id, phrases and a reason', () => {
    for (const row of METRIC_ROWS) {
      expect(row.id).toMatch(/\S/);
      expect(row.phrases.length).toBeGreaterThan(0);
      expect(row.reason.length).toBeGreaterThan(5);
      for (const p of row.phrases) expect(p).toBe(p.toLowerCase());
    }
  });

  it('explains itself in about.why', () => {
    const a = aboutOf('Acme said revenue rose 5%.', '5%');
    expect(a.why.join('\n')).toMatch(/metric: "revenue" → revenue \(revenue: /);
  });

  it('reads more metric cues: earned, milestones, a currency that moves, a part of the figure before, a figure compared with', () => {
    const cases: Array<[string, string, string]> = [
      ['A year earlier, the group earned $1.08 billion.', '$1.08 billion', 'profit'],
      ['Its appliance division earned 2.2 trillion won, down 29% from the first quarter.', '2.2 trillion won', 'profit'],
      ['Contoso will pay 80 million dollars upfront and up to 1.15 billion dollars in development and sales milestones.', '1.15 billion dollars', 'deal-value'],
      ['The New Zealand dollar rose 0.4% to US$0.6123.', '0.4%', 'rate'],
      ['Fabrikam said it would spend $20 billion on plants this year, including $12 billion for chips.', '$12 billion', 'cost'],
      ['The retailer expects pretax profit of £400 million, up from its previous guidance of £380 million.', '£380 million', 'profit'],
      ['Quarterly profit was $2.9 billion, below the $3.1 billion analysts had expected.', '$3.1 billion', 'profit'],
      ['Iron ore sold for an average of $108 a tonne.', '$108', 'price'],
    ];
    for (const [text, figure, category] of cases) expect(aboutOf(text, figure, '2024-05-01').metric.category, text).toBe(category);
  });

  it('a currency word names a rate only as the subject the figure is linked to', () => {
    expect(aboutOf('Exports rose 12% in dollar terms.', '12%', '2024-05-01').metric.category).not.toBe('rate');
    expect(aboutOf('Capital spending, hit by the rise of the yen, will fall 5.6%.', '5.6%', '2024-05-01').metric.category).toBe('cost');
    expect(aboutOf('Investment in plants will need around $500 million a year.', '$500 million', '2024-05-01').metric.category).not.toBe('price');
  });
});

describe('results per share', () => {
  it('a per-share amount after "results" is earnings per share', () => {
    expect(aboutOf('Profit rose to $117 million, or $1.78 per share, against fourth quarter results of $106 million or $1.64 per share.', '$1.64').metric?.category).toBe('eps');
  });
});

describe('"fixed income securities" are debt, not income', () => {
  it('ratings on fixed income securities valued at an amount', () => {
    expect(aboutOf("The agency cut its ratings on Dorrance Power's fixed income securities valued at $2.1 billion.", '$2.1 billion').metric?.category).toBe('debt');
  });
});

describe('"on revenues of" after a result names what it was made on, not its measure', () => {
  it.each([
    ['Brantley expects a loss from operations of about $17 million on revenues of $240 million.', '$17 million', 'loss'],
    ['Current profit fell to 158 billion yen on sales of 3,003 billion yen.', '158 billion yen', 'profit'],
    ['Current profit fell to 158 billion yen on sales of 3,003 billion yen.', '3,003 billion yen', 'revenue'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

describe("a metric word inside a company's name names no measure", () => {
  it.each([
    // (not the "Investment" of its name; "manages" names what it manages: its assets)
    ['Tavern Investment Co Ltd manages about 900 mln dlrs for clients.', '900 mln dlrs', 'assets'],
    ['Carrow sold the hotel to Bayside Holdings Ltd for 80 mln dlrs.', '80 mln dlrs', 'deal-value'],
    ['Fenwick Savings and Loan Insurance Corp will receive 2 billion dlrs.', '2 billion dlrs', 'other'],
    ['The Eastern Trust and Investment Corp will issue a 30 billion yen, 10-year bond.', '30 billion yen', 'debt'],
    // A results line's first word stays a cue, and so does a capitalised measure with no
    // company word after it, or a headline's.
    ['Shr Ardent Mills Corp 1.10 dlrs vs 95 cts', '1.10 dlrs', 'eps'],
    ['Canada Savings Bonds fell 57 mln dlrs to 44.3 billion dlrs.', '44.3 billion dlrs', 'debt'],
    ['Sales Rise At Acme Corp To 5 Mln Dlrs', '5 Mln Dlrs', 'revenue'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});
