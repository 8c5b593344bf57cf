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
