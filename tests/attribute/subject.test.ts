import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('subject', () => {
  it('is the named subject of the clause', () => {
    expect(aboutOf('For the first quarter, Initech reported a 12% drop in revenue.', '12%').subject).toMatchObject({ name: 'Initech', basis: 'clause' });
  });

  it('is the owner written on the metric', () => {
    const s = aboutOf("Analysts said Contoso's net income was $45 million.", '$45 million').subject;
    expect(s).toMatchObject({ name: 'Contoso', basis: 'possessive' });
    expect(aboutOf('Sales at Fabrikam rose 3%.', '3%').subject?.name).toBe('Fabrikam');
  });

  it('passes over a name made an adjective to the owner before it', () => {
    const cases: Array<[string, string, string]> = [
      ["Initech's Frankfurt-listed shares slid 4.5% on Monday.", '4.5%', 'Initech'],
      ["Contoso's Ohio-based unit's revenue rose 7%.", '7%', 'Contoso'],
      ["Globex's New York-traded stock jumped 12%.", '12%', 'Globex'],
    ];
    for (const [text, figure, name] of cases) expect(aboutOf(text, figure).subject).toMatchObject({ name, basis: 'possessive' });
    const text = "Initech's Frankfurt-listed shares slid 4.5%, giving it a market value of about €3 billion.";
    expect(aboutOf(text, '€3 billion').subject?.name).toBe('Initech');
  });

  it('an acronym that names a measure is the metric, not the subject', () => {
    const text = 'Umbrella Corp said sales rose 3%, while the adjusted EBIT margin widened 0.4 percentage points to 9.1%. EPS fell 2%.';
    for (const figure of ['0.4 percentage points', '9.1%', '2%']) expect(aboutOf(text, figure).subject?.name).toBe('Umbrella Corp');
  });

  it('resolves its/it to the name earlier in the sentence', () => {
    const s = aboutOf('Vandelay Industries said its sales fell 6%.', '6%').subject;
    expect(s).toMatchObject({ name: 'Vandelay Industries', basis: 'pronoun', via: { text: 'its' } });
  });

  it('resolves a pronoun to the organisation the text is about, not the last name', () => {
    const text =
      'Soylent is on much firmer ground. It overtook Sweden\'s Initrode AB to become the largest supplier in 2015. ' +
      'Its consumer division is thriving. But its main business registered a sales increase of 2.5% last year.';
    const s = aboutOf(text, '2.5%').subject;
    expect(s?.name).toBe('Soylent');
    expect(s?.basis).toBe('pronoun');
  });

  it('takes the subject of an earlier clause: "…, and swung to a loss of"', () => {
    const text = 'Globex reported lower sales, and swung to a net loss of $8 million.';
    expect(aboutOf(text, '$8 million').subject).toMatchObject({ name: 'Globex', basis: 'sentence' });
  });

  it('a pronoun in a later clause', () => {
    const text = 'Regulators banned the sale of parts to Umbrella Corp, and it has paid fines equal to 4% of its revenue.';
    expect(aboutOf(text, '4%').subject?.name).toBe('Umbrella Corp');
  });

  it('"the company" resolves to a single recent topic; else stays unresolved', () => {
    expect(aboutOf('Hooli opened a new office. The company said revenue rose 8%.', '8%').subject?.name).toBe('Hooli');
    const a = aboutOf('Hooli and Pied Piper compete. The company said revenue rose 8%.', '8%');
    expect(a.subject?.basis === 'pronoun' && a.subject.via?.text === 'The company').toBe(false);
  });

  it('names a source given by a reporting verb after the figure', () => {
    expect(aboutOf('Earnings per share rose to $1.42, Litware said.', '$1.42').subject?.name).toBe('Litware');
  });

  it('reads headlines: "Initrode Lands $3.5B Deal … and Globex Reels In $2B Deal"', () => {
    const text = '(See Initrode Lands $3.5B Deal With Hooli Weeks After Globex Did Same and Globex Reels In $2B Deal With Hooli.)';
    expect(aboutOf(text, '$3.5B').subject?.name).toBe('Initrode');
    expect(aboutOf(text, '$2B').subject?.name).toBe('Globex');
    expect(aboutOf(text, '$2B').metric?.category).toBe('deal-value');
  });

  it('reads headline compounds: "Initrode Revenues Hit $107B", "Globex Profit Jumps 40%"', () => {
    expect(aboutOf('(See Initrode Revenues Hit $107B in 2018.)', '$107B').subject?.name).toBe('Initrode');
    expect(aboutOf('(See Globex Profit Jumps 40% on 5G Demand.)', '40%')).toMatchObject({ subject: { name: 'Globex' }, metric: { category: 'profit' }, direction: 'up' });
    expect(aboutOf('Hooli shares fell 3% on Monday.', '3%').subject?.name).toBe('Hooli');
  });

  it('the one fined owns the fine', () => {
    expect(aboutOf('Regulators fined Trey Research $30 million.', '$30 million').subject?.name).toBe('Trey Research');
  });

  it('a common word opening a sentence before a verb is a name when the text never writes it in lower case', () => {
    expect(aboutOf('Orange cut its dividend to €0.70 per share.', '€0.70').subject?.name).toBe('Orange');
    expect(aboutOf('Demand fell 5% as demand for handsets slowed.', '5%').subject?.name).toBeUndefined();
  });

  it.each([
    ['Brinmoor plc said group sales rose 4%.\n\nOnline clothing sales grew 11.6%, and net debt fell to £1.02bn.', '11.6%'],
    ['Brinmoor plc said group sales rose 4%.\n\nDomestic banking income rose 3% to £410m.', '£410m'],
  ] as const)('a common word before an "-ing" noun opening a sentence describes it: %s → %s', (text, figure) => {
    expect(aboutOf(text, figure).subject?.name).toBe('Brinmoor');
  });

  it('a person who says a figure is its source, not its owner', () => {
    const text = 'Initrode Corp plans a share issue. Company chairman Jean Dupont said 500 mln francs of the issue will be placed abroad.';
    expect(aboutOf(text, '500 mln francs', '1987-03-02').subject?.name).toBe('Initrode Corp');
  });

  it('skips tickers and all-caps labels', () => {
    expect(aboutOf('Vega Holdings Plc <VEGA.L> said its revenue rose 4%.', '4%').subject?.name).toBe('Vega Holdings Plc');
    expect(aboutOf('YEAR\nShr 1.16 dlrs vs 68 cts', '1.16 dlrs', '1987-03-02').subject).toBeUndefined();
  });

  it('"according to X" and "… at X" name the owner', () => {
    expect(aboutOf('According to Globex, revenue rose 5% in 2022.', '5%').subject?.name).toBe('Globex');
    expect(aboutOf('Sales rose 5% at Hooli in the second quarter.', '5%').subject?.name).toBe('Hooli');
  });

  it('a country can be the subject', () => {
    expect(aboutOf("China's economy grew 6.6% in 2018.", '6.6%', '2019-02-01')).toMatchObject({ subject: { name: 'China' }, metric: { category: 'rate' }, direction: 'up' });
  });

  it('a name inside an apposition describes the name before it', () => {
    const text = 'Tailwind Traders, the Nasdaq-100 furniture maker, raised its dividend after profit rose 9% in the quarter. The company made $412 million.';
    expect(aboutOf(text, '9%', '2024-05-01').subject).toMatchObject({ name: 'Tailwind Traders' });
    expect(aboutOf(text, '$412 million', '2024-05-01').subject).toMatchObject({ name: 'Tailwind Traders' });
  });

  it('a person who spoke is not the topic of the figures after', () => {
    const text = 'Fabrikam posted a profit of $80 million for the quarter. Chief executive Dana Oakes said demand was steady. Net debt fell to $1.1 billion.';
    expect(aboutOf(text, '$1.1 billion', '2024-05-01').subject).toMatchObject({ name: 'Fabrikam', basis: 'topic' });
  });

  it('words opening a sentence that are not names: "Like-for-like", "Finally,"', () => {
    const text = 'Contoso lifted its outlook. Like-for-like sales rose 3.4%. Finally, margins improved to 12%.';
    expect(aboutOf(text, '3.4%', '2024-05-01').subject).toMatchObject({ name: 'Contoso' });
    expect(aboutOf(text, '12%', '2024-05-01').subject).toMatchObject({ name: 'Contoso' });
  });

  it('"its" and "the company" never stand for a person, and "a U.S. maker" is a kind of maker', () => {
    const text = 'Chief executive Dana Oakes said the company would cut its capex to $2 billion.';
    expect(aboutOf(text, '$2 billion', '2024-05-01').subject?.name).not.toBe('Dana Oakes');
    const place = 'Contoso agreed to buy a U.S. drive maker for $1.1 billion.';
    expect(aboutOf(place, '$1.1 billion', '2024-05-01').subject).toMatchObject({ name: 'Contoso' });
  });

  it('a firm of analysts speaks of the company the text is about', () => {
    const text = 'Fabrikam raised its dividend. Analysts at Woodgrove Securities raised their profit forecast to $805 million.';
    expect(aboutOf(text, '$805 million', '2024-05-01').subject).toMatchObject({ name: 'Fabrikam' });
  });

  it('a stock index or a data provider is no topic, and "according to" one names no owner', () => {
    const text = 'Litware shares rose 3%, outpacing the Nikkei. It beat the average estimate of $1.20 a share, according to LSEG data.';
    expect(aboutOf(text, '$1.20', '2024-05-01').subject).toMatchObject({ name: 'Litware' });
  });

  it('a capitalised word opening a sentence that only modifies the noun after it is no name', () => {
    const cases: Array<[string, string, string]> = [
      ['Tailspin Toys said quarterly sales rose 6%. Cordless tool revenue grew 9%, and the company lost $4 million on freight.', '$4 million', 'Tailspin Toys'],
      ['Northwind Traders raised its forecast. Contactless payment volumes rose 3%, it said.', '3%', 'Northwind Traders'],
      ['Litware posted higher profit. Ancillary fees rose 12% to $80 million.', '$80 million', 'Litware'],
      // A name written again elsewhere stays a name.
      ['Fabrikam Inc reported results. Fabrikam revenue climbed 4%.', '4%', 'Fabrikam'],
    ];
    for (const [text, figure, name] of cases) expect(aboutOf(text, figure, '2024-05-01').subject?.name, text).toBe(name);
  });

  it('holidays are times, and "Rival" before a name is not part of it', () => {
    const cases: Array<[string, string, string]> = [
      ['Adventure Works said like-for-like sales rose 4% over Easter.', '4%', 'Adventure Works'],
      ['Wingtip Stores sales rose 2%. Rival Proseware Outlets reported growth of 1.5% over Christmas.', '1.5%', 'Proseware Outlets'],
    ];
    for (const [text, figure, name] of cases) expect(aboutOf(text, figure, '2024-05-01').subject?.name, text).toBe(name);
  });

  it('a surname named before with a first name is a person, who speaks of the figures', () => {
    const text =
      'Analyst Maria Lindgren expects Contoso to earn more. Lindgren said Contoso has room for a buyback of up to $300 million.';
    expect(aboutOf(text, '$300 million', '2024-05-01').subject?.name).toBe('Contoso');
  });

  it('analysts who estimate a figure are its source, not its owner', () => {
    const cases: Array<[string, string, string]> = [
      ["Fabrikam's new vaccine is in trials. Analysts at Blue Yonder Research estimate peak sales of $3 billion.", '$3 billion', 'Fabrikam'],
      ['Woodgrove Bank cut costs. Chief economist Anna Berg expects its profit to reach $2 billion.', '$2 billion', 'Woodgrove Bank'],
    ];
    for (const [text, figure, name] of cases) expect(aboutOf(text, figure, '2024-05-01').subject?.name, text).toBe(name);
  });
  it('a name after "in the"/"of the", inside a ", which" clause, or of a rating agency is no subject', () => {
    const cases: Array<[string, string, string]> = [
      ['Brightwell Power, the utility that serves 3 million homes in the Upper Valley, raised its budget to $12 billion.', '$12 billion', 'Brightwell Power'],
      ['Quillon Foods, which is owned by investment firm Harrow Capital, plans to spend about 40% of the money on new plants.', '40%', 'Quillon Foods'],
      ["Tarvik Shipping sold notes on Monday, a day after Moody's lowered its rating, citing net debt that rose to $4.2 billion. The notes were priced to yield 6.1%.", '6.1%', 'Tarvik Shipping'],
      ['Fenwick Mills priced bonds on Friday after Fitch affirmed its rating. The bonds pay a coupon of 5.25%.', '5.25%', 'Fenwick Mills'],
    ];
    for (const [text, figure, name] of cases) expect(aboutOf(text, figure).subject?.name, text).toBe(name);
  });

  it('"Shares in X" opening a text makes X the topic that "the retailer" and later figures refer to', () => {
    const text = 'Shares in Ravel & Stone fell 18 per cent on Monday after a profit warning. The retailer now expects profit of £30m. Net cash would be about £12m.';
    for (const figure of ['18 per cent', '£30m', '£12m']) expect(aboutOf(text, figure).subject?.name, figure).toBe('Ravel & Stone');
    // A place after "in" is no topic: "demand in Brazil".
    const b = 'Orders fell because of weak demand in Brazil. Analysts had expected revenue of $2 billion.';
    expect(aboutOf(b, '$2 billion').subject?.name).not.toBe('Brazil');
  });
  it('an acronym subject is given as the full name written before it', () => {
    const cases: Array<[string, string, string]> = [
      ['The Central Bank of Norland held its key rate at 4%. The CBN expects inflation of 2.9% next year.', '2.9%', 'Central Bank of Norland'],
      ['Harbour Power and Light said it would invest more. HPL raised its dividend by 6%.', '6%', 'Harbour Power and Light'],
      // No full name before it: the acronym stays.
      ['QXT said revenue rose 4%.', '4%', 'QXT'],
      // Written first as the acronym, then spelled out: later uses find the name.
      ['The NHA cut fees 2%. The NHA (Northland Housing Agency) added staff. The NHA says rents rose 3%.', '3%', 'Northland Housing Agency'],
    ];
    for (const [text, figure, name] of cases) expect(aboutOf(text, figure).subject?.name, text).toBe(name);
  });
});
