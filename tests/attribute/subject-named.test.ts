import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('"the bank", "the group": the name written with the noun', () => {
  it.each([
    ["Vestmark Bank raised its key rate on Thursday. Prices rose 3% in April, Statistics Vestland said. The bank's rate path implies a peak of around 5% next year.", '5%', 'Vestmark'],
    ['Orrin Group cut jobs in March. Analysts at Pell said demand was weak. The group had sales of $2 billion last year.', '$2 billion', 'Orrin Group'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('a description with a name before it in its own sentence keeps that name', () => {
    expect(aboutOf('Talmer Holdings raised prices. Orrin said the group had sales of $3 billion.', '$3 billion').subject?.name).toBe('Orrin');
  });
});
