/** Metric words of carmakers, planemakers, airlines, shippers and steel mills. */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('volumes made, delivered or carried are no money', () => {
  it.each([
    ['Tessaro Motors said deliveries dropped 6% to 410,000 vehicles in the quarter.', '6%', 'other'],
    ['Capacity expanded 5.1% while yields held steady, Corvina Air said.', '5.1%', 'other'],
    ['Volumes fell 2.8% on the Asia-Europe trade, the carrier said.', '2.8%', 'other'],
    ["India's crude steel output climbed 7.4% in October to 12.9 million tonnes.", '7.4%', 'other'],
    ['Global sales volume slipped 1.5% to 2.3 million units at Harlow Motor.', '1.5%', 'other'],
    // A money amount is no volume: a production contract is a deal, a cost of production a cost.
    ['Veyra Defence won a $420 million production contract for the radar.', '$420 million', 'deal-value'],
    ['Production costs rose 9% at the Ostrava mill.', '9%', 'cost'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });

  it('a volume word opening a sentence names nothing', () => {
    const text = 'Corvina Air posted a record third quarter. Capacity grew 4.4%, the airline said.';
    const about = aboutOf(text, '4.4%');
    expect(about.subject?.name).toBe('Corvina Air');
  });
});

describe('freight and charter rates are prices', () => {
  it.each([
    ['The average freight rate fell 18% to $1,980 per container.', '$1,980', 'price'],
    ['The average freight rate fell 18% to $1,980 per container.', '18%', 'price'],
    ['Capesize charter rates jumped 35% in the week.', '35%', 'price'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});
