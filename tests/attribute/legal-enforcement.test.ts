/**
 * Attribution in legal and enforcement news: money a court or regulator orders paid besides a
 * fine (restitution, disgorgement, forfeiture, prejudgment interest, judgments and verdicts),
 * measure words inside public bodies' and firms' names, the one ordered to pay, a fine against
 * a named party, and a fine restated as a share of revenue. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const REF = '2025-06-10';

describe('money a court or regulator orders paid is a fine', () => {
  it.each([
    ['A judge ordered Tomas Varga to pay $41 million in restitution to investors.', '$41 million', 'restitution'],
    ['The SEC ordered Brightline Advisors to disgorge $3.6 million, plus prejudgment interest of $412,000.', '$3.6 million', 'disgorge'],
    ['The SEC ordered Brightline Advisors to disgorge $3.6 million, plus prejudgment interest of $412,000.', '$412,000', 'prejudgment interest'],
    ['The company pleaded guilty and agreed to a forfeiture of $580 million.', '$580 million', 'forfeiture'],
    ['The CFTC ordered Quarry Trading to pay a $35 million civil monetary penalty.', '$35 million', 'civil monetary penalty'],
    ['Texaco asked the court to review the $10.3 billion judgment.', '$10.3 billion', 'judgment'],
    ['An appeals court threw out a $2 million libel award against the newspaper.', '$2 million', 'libel award'],
    // Damages named after an amount a verb of awarding governs are no deal.
    ['The court awarded the plaintiffs $3.5 million in compensatory damages.', '$3.5 million', 'compensatory damages'],
  ] as const)('%s → %s', (text, figure, label) => {
    const m = aboutOf(text, figure, REF).metric;
    expect(m.category).toBe('fine');
    expect(m.label).toBe(label);
  });

  it.each([
    ['Quillmark Inc settled with the FTC for $25 million.', '$25 million', 'settled with'],
    ['The Navy settled the claims for $208 million in 2024.', '$208 million', 'settled the claims'],
    ['Orlan Group owes 2.1 billion rupees in unpaid taxes, the tax authority said.', '2.1 billion rupees', 'taxes'],
  ] as const)('settled and owed: %s', (text, figure, label) => {
    const m = aboutOf(text, figure, REF).metric;
    expect(m.label).toBe(label);
    expect(m.category).toBe(label === 'taxes' ? 'tax' : 'fine');
  });

  it.each([
    // The EC's export restitution is a subsidy, and a contract's award a deal.
    ['The maximum export restitution was set at 43.70 Ecus a tonne.', '43.70 Ecus', 'price'],
    ['The company won a $48 million contract award from the Navy.', '$48 million', 'deal-value'],
  ] as const)('no fine: %s', (text, figure, category) => {
    expect(aboutOf(text, figure, REF).metric.category).toBe(category);
  });
});

describe('a close of futures and a wage deal are no settlement', () => {
  it.each([
    ['Silver futures ended the session settling with gains of 18.5 cents.', '18.5 cents'],
    ['The union sought a 45% rise in wages and settled for 23.5%.', '23.5%'],
  ] as const)('%s', (text, figure) => {
    expect(aboutOf(text, figure, REF).metric.category).not.toBe('fine');
  });
});

describe('a measure word inside a public body\'s or a firm\'s name names nothing', () => {
  it.each([
    ['The Office of Foreign Assets Control said Norvik Shipping would pay $2.3 million to settle the case.', '$2.3 million', 'fine', 'Norvik Shipping'],
    ['The Financial Conduct Authority said it had fined Pellham Wealth £2.1m.', '£2.1m', 'fine', 'Pellham Wealth'],
    ['The tribunal ruled that Stellan Energy owed HM Revenue & Customs £312 million in corporation tax.', '£312 million', 'tax', 'Stellan Energy'],
  ] as const)('%s', (text, figure, category, subject) => {
    const a = aboutOf(text, figure, REF);
    expect(a.metric.category).toBe(category);
    expect(a.subject?.name).toBe(subject);
  });

  it('an offence named with a measure word is no measure', () => {
    expect(aboutOf("Japan's Fair Trade Commission fined Sevenmart ¥1.9 billion for bid rigging.", '¥1.9 billion', REF).metric.category).toBe('fine');
  });
});

describe('whose payment it is', () => {
  it.each([
    ['The Australian Federal Court ordered Telstra to pay a A$100 million penalty.', 'A$100 million', 'Telstra'],
    ['The CFTC ordered Quarry Trading to pay a $35 million civil monetary penalty.', '$35 million', 'Quarry Trading'],
    ['A Manhattan judge ordered Tomas Varga, the founder of Klyde Capital, to pay $41 million in restitution.', '$41 million', 'Tomas Varga'],
    ['The court ordered Drax Logistics to pay its former drivers $18 million in back wages.', '$18 million', 'Drax Logistics'],
    // Passive: the clause's subject pays.
    ['Kestrel Pharmaceuticals was ordered by the court to pay $9 million in punitive damages.', '$9 million', 'Kestrel Pharmaceuticals'],
    ["The EU's top court upheld a 2.42 billion euro fine against Google on Tuesday.", '2.42 billion euro', 'Google'],
  ] as const)('%s → %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, REF).subject?.name).toBe(subject);
  });
});

describe('money ordered paid with no measure named is a fine', () => {
  it.each([
    ['A New York jury ordered Halden Foods to pay $45 million to the family of a former worker.', '$45 million', 'Halden Foods'],
    ["Japan's Fair Trade Commission ordered Sevenmart to pay ¥1.9 billion.", '¥1.9 billion', 'Sevenmart'],
  ] as const)('%s', (text, figure, subject) => {
    const a = aboutOf(text, figure, REF);
    expect(a.metric.category).toBe('fine');
    expect(a.metric.label).toBe('to pay');
    expect(a.subject?.name).toBe(subject);
  });

  it('a measure named keeps its category', () => {
    expect(aboutOf('The court ordered Drax Logistics to pay its former drivers $18 million in back wages.', '$18 million', REF).metric.category).toBe('cost');
  });
});

describe('a fine restated as a share of what the payer earns', () => {
  it.each([
    ["China's market regulator fined Alibaba 18.2 billion yuan, equal to 4% of its 2019 domestic revenue.", '4%'],
    ['The watchdog fined Orbis Telecom $36 million, or about 2% of its annual sales.', '2%'],
  ] as const)('%s', (text, figure) => {
    const a = aboutOf(text, figure, REF);
    expect(a.metric.category).toBe('fine');
    expect(['Alibaba', 'Orbis Telecom']).toContain(a.subject?.name);
  });

  it('a percentage of an amount measures what the amount does', () => {
    const a = aboutOf('The judge approved fees of $87.5 million, or about 17.5 percent of the $500 million settlement.', '17.5 percent', REF);
    expect(a.metric.category).toBe('fine');
  });

  it('a margin written as revenue restated is no fine', () => {
    expect(aboutOf('Orbis Telecom earned $36 million, or about 2% of its annual sales.', '2%', REF).metric.category).not.toBe('fine');
  });
});
