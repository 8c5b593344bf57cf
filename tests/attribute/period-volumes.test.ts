/** A company's volumes in a results story are for the period its results were reported for. */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a volume with no period of its own takes the period results were reported for', () => {
  it.each([
    ['Corvina Air said third-quarter net income rose 14% to $820 million.\n\nCapacity grew 4.1%, the carrier said.', '4.1%', '2026-07-01', '2026-09-30'],
    ['Tessaro Motors posted first-half revenue of €61 billion.\n\nDeliveries slipped 2.5% to 1.9 million vehicles.', '2.5%', '2026-01-01', '2026-06-30'],
    ['Nordhavn Line reported a 30% drop in second-quarter EBITDA.\n\nVolumes rose 3.3%.', '3.3%', '2026-04-01', '2026-06-30'],
  ] as const)('%s → %s', (text, figure, start, end) => {
    expect(aboutOf(text, figure, '2026-11-02').period).toMatchObject({ start, end, basis: 'reported' });
  });

  it('a volume that names its own month gives it to the results after it', () => {
    const text = 'Corvina Air said traffic in October rose 6%, as capacity expanded 5.2% in October.\n\nRevenue rose 9%.';
    expect(aboutOf(text, '9%', '2026-11-02').period).toMatchObject({ start: '2026-10-01', end: '2026-10-31' });
  });
});
