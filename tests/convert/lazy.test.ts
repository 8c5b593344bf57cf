import { expect, it } from 'vitest';
import { isEmbeddedLoaded } from '../../src/convert/embedded';
import { convert, extract } from '../../src/index';

it('extract() without convertTo loads no rate data; conversion loads only what it needs', () => {
  extract('revenue of $5 million in 2018', { referenceDate: '2018-10-08' });
  expect(isEmbeddedLoaded('month')).toBe(false);
  expect(isEmbeddedLoaded('day')).toBe(false);
  convert({ currency: 'EUR', amountExact: '1' }, 'USD', { date: '2018-10-08' });
  expect(isEmbeddedLoaded('month')).toBe(true);
  expect(isEmbeddedLoaded('day')).toBe(false);
});
