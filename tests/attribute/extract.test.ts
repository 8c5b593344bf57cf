import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index';
import type { Figure } from '../../src/types';

const about = (figures: Figure[], text: string) => {
  const f = figures.find((x) => x.text === text);
  if (!f || f.kind === 'period') throw new Error(`no money/percent figure "${text}"`);
  return f.about;
};

describe('extract(text, { attribution: true })', () => {
  it('adds about to money and percent figures only', () => {
    const text = 'Acme Corp said its revenue rose 12% to $4.1 billion in 2019.';
    const figures = extract(text, { attribution: true, referenceDate: '2020-02-01' });
    expect(about(figures, '12%')).toMatchObject({ metric: { category: 'revenue', label: 'revenue' }, subject: { name: 'Acme Corp' }, direction: 'up' });
    expect(about(figures, '$4.1 billion')).toMatchObject({ metric: { category: 'revenue' }, direction: 'up', change: { role: 'target' } });
    for (const f of figures) if (f.kind === 'period') expect('about' in f).toBe(false);
  });

  it('never changes the figures extract() returns without it', () => {
    const text = 'Globex posted a net loss of €12 million for the first quarter, compared with a profit of €3 million a year earlier. Its sales fell 8%.';
    const plain = extract(text, { referenceDate: '2021-05-01' });
    const withAbout = extract(text, { referenceDate: '2021-05-01', attribution: true });
    expect(withAbout.map(({ about: _a, ...rest }: Figure & { about?: unknown }) => rest)).toEqual(plain);
  });

  it('links periods even when periods are not returned, without changing the other figures', () => {
    const text = 'Globex posted a net loss of €12 million for the first quarter of 2021. Its sales fell 8% in 2020.';
    const plain = extract(text, { referenceDate: '2021-05-01', kinds: ['money', 'percent'] });
    const withAbout = extract(text, { referenceDate: '2021-05-01', kinds: ['money', 'percent'], attribution: true });
    expect(withAbout.map(({ about: _a, ...rest }: Figure & { about?: unknown }) => rest)).toEqual(plain);
    expect(about(withAbout, '8%')?.period).toMatchObject({ start: '2020-01-01', end: '2020-12-31' });
    expect(about(withAbout, '€12 million')?.period).toMatchObject({ start: '2021-01-01', end: '2021-03-31' });
  });

  it('validates the option', () => {
    expect(() => extract('x', { attribution: 'yes' as unknown as boolean })).toThrow(TypeError);
    expect(() => extract('x', { attribution: 'yes' as unknown as boolean })).toThrow(/attribution/);
  });
});
