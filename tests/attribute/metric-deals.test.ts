import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// Takeover and capital-markets phrasings (sentences written for these tests).
describe('an offer per share is a price, also before "from" or a day', () => {
  it.each([
    ['Brackwell Foods sweetened its offer for Tamsin Dairies to 455 pence a share on Tuesday.', '455 pence', 'price'],
    ['Orrin Capital raised its bid to $31.75 a share from $29.50, the company said.', '$31.75', 'price'],
    ['Orrin Capital raised its bid to $31.75 a share from $29.50, the company said.', '$29.50', 'price'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});

describe('a premium or discount tied to a percentage is a price; in basis points, a rate', () => {
  it.each([
    ['The cash offer is a 41% premium to Pellam\'s closing price on Thursday.', '41%', 'price'],
    ['The bid values each share at 830p, a premium of 29% to the undisturbed price.', '29%', 'price'],
    ['The placing shares were sold at a discount of about 6.5% to the last close.', '6.5%', 'price'],
    ['Dealers offered the cargo at a discount of $1.40 to the benchmark.', '$1.40', 'price'],
    ['The new bonds came at a premium of 38 basis points over gilts.', '38 basis points', 'rate'],
    // not tied to the figure: a premium brand names nothing
    ['Revenue at its premium brands rose 8%.', '8%', 'revenue'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});

describe('"They" after a sentence whose subject is the shares: their price', () => {
  it('a cue word that is also a verb form ("shares") does not end the subject', () => {
    const text = "Pellam's shares climbed 9% to $41.30 on Thursday, above the bid. They had lost 22% in the previous six months.";
    expect(aboutOf(text, '22%').metric.category).toBe('price');
    expect(aboutOf(text, '22%').direction).toBe('down');
  });
});

describe('a percentage above or below a price is a price, not the offer before it', () => {
  it.each([
    ["The bid is 31% above Marlowe's closing price on Tuesday.", '31%', 'price'],
    ['Shares of Dunnock Air opened at $27.40, 14.2% above the offer price.', '14.2%', 'price'],
    ['The proposal stands 8% below the IPO price of two years ago.', '8%', 'price'],
    // no price after it: the measure linked before stays
    ['Revenue came in 4% above the consensus forecast.', '4%', 'revenue'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});

describe('an offer or bid of a sum with no scale is what one share is offered', () => {
  it.each([
    ['Tamsin Group tables 388p counter-offer for Brackley Mills', '388p', 'price'],
    ['Brackley Mills backed a 352p agreed bid from Orrin Capital last month.', '352p', 'price'],
    ['The consortium made a 2,840 yen tender offer on Monday.', '2,840 yen', 'price'],
    // a scaled sum is the whole deal
    ['Orrin Capital made a £1.2bn offer for Brackley Mills.', '£1.2bn', 'deal-value'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});

describe("the parts of a deal's price, and a sale priced after \"for\"", () => {
  it.each([
    ['Norvale Mining will sell its nickel assets to a group led by Pacifica Metals for up to A$1.9 billion (US$1.25 billion).', 'A$1.9 billion', 'deal-value'],
    ['Norvale Mining will sell its nickel assets to a group led by Pacifica Metals for up to A$1.9 billion (US$1.25 billion).', 'US$1.25 billion', 'deal-value'],
    ['The price includes $350 million in deferred payments tied to nickel prices.', '$350 million', 'deal-value'],
    ['The cash component of €2.1 billion will be paid on completion.', '€2.1 billion', 'deal-value'],
    ['Sellers could receive a further £90m earn-out over three years.', '£90m', 'deal-value'],
    ['The total consideration of £31.5m will be met in cash and new shares.', '£31.5m', 'deal-value'],
    // "consideration" that is no price: a thing weighed
    ['Running costs, which already reached €65 million, would be a major consideration.', '€65 million', 'cost'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});

describe('the range an offering is marketed at is a price range', () => {
  it.each([
    ['Yuhang Power set an indicative range of HK$12.40 to HK$14.10 for its shares.', 'HK$12.40 to HK$14.10', 'price'],
    ['Corvid Health narrowed its price range to $22 to $24 a share.', '$22 to $24', 'price'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});

describe('listings counted in money are deals', () => {
  it.each([
    ['Mumbai has hosted IPOs worth more than $14 billion so far this year.', '$14 billion', 'deal-value'],
    ['Initial public offerings raised a combined €6.3 billion in Europe in the quarter.', '€6.3 billion', 'deal-value'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});

// "which holds 27.6%, has agreed": a verb of holding right before a percentage that ends its
// clause names a stake ("of" need not follow); "held 5% in cash" and "held at 2%" do not.
describe('a percentage held, ending its clause, is a stake', () => {
  it.each([
    ['Its largest shareholder, Skarv Capital, which holds 27.6%, backed the offer.', '27.6%', 'stake'],
    ['The state now holds 14.9%, the most allowed without a bid.', '14.9%', 'stake'],
    ['Pension funds held 5% in cash at the end of March.', '5%', 'other'],
    ['Inflation held at 2% in May.', '2%', 'rate'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure, '2026-06-03').metric.category).toBe(category);
  });
});

// "acquire payroll software firm Lonnvik AB for 142 crowns a share": a cue that describes what a
// company does, before its name or the end of an apposition, is no measure of the figure.
describe('a cue describing a company is no measure', () => {
  it.each([
    ['Marlow Partners agreed to acquire payroll software firm Lonnvik AB for 142 Swedish crowns per share.', '142 Swedish crowns', 'price'],
    ['Marlow Partners agreed to acquire Lonnvik AB, a payroll software firm, for 142 Swedish crowns per share.', '142 Swedish crowns', 'price'],
    // (A deal's own cue still names the figure: "investment firm … for 27 million dollars".)
    ['The unit was sold to Los Angeles investment firm Carrow Partners for about 27 million dollars.', '27 million dollars', 'deal-value'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure, '2026-06-03').metric.category).toBe(category);
  });
});

// "worth" after "be" is a company's value only when the company is what is worth it: a name after
// "with" is the deal's other party, and the deal's noun before it names the measure.
describe('a deal with a party named, then "is worth"', () => {
  it.each([
    ["Harwell Dynamics' new contract with the Navy is worth $2 billion.", '$2 billion', 'deal-value', 'Harwell Dynamics'],
    ["The league's media deals with Corbel and Streamwise are worth a combined $76 billion.", '$76 billion', 'deal-value', undefined],
    ['Harwell Dynamics is worth $14 billion after the rally.', '$14 billion', 'market-value', 'Harwell Dynamics'],
  ] as const)('%s → %s is %s', (text, figure, category, subject) => {
    const about = aboutOf(text, figure);
    expect(about.metric?.category).toBe(category);
    expect(about.subject?.name).toBe(subject);
  });
});
