import { expect, it } from 'vitest';
import { extract } from '../../src/index';

// Texts without sentence ends (or with a figure that looks like an abbreviation, "$5m.") used
// to be one endless sentence; attribution cuts such runs so its work stays linear.
// (A fiscal body's figures in one long paragraph of countries: the country each is for is found
// by halving, not by walking back over the text and every country named before.)
const CASES = ['Acme revenue rose 5% to $10 million and ', 'It said its profit was $5m. ', 'ACME ZETA OMEGA $5 MILLION LOSS ', '(((( $5m ',
  'In France, the levy increase would raise 9.2 billion euros in tax revenue next year, the Treasury said. '];

const time = (text: string): number => {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    extract(text, { attribution: true, referenceDate: '2020-01-01' });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
};

it.each(CASES)('linear time on "%s" repeated', { retry: 2, timeout: 60_000 }, (unit) => {
  time(unit.repeat(200)); // warm up
  const small = time(unit.repeat(2000));
  const large = time(unit.repeat(8000));
  expect(large / small).toBeLessThan(4 * 2.5);
});
