import { describe } from 'vitest';
import { spannedTable } from './helpers';

describe('a weekday in brackets after a date belongs to it', () => {
  spannedTable([
    ['Bids close Sept 14 2022 (Wednesday) at noon.', '2022-09-01', [['Sept 14 2022 (Wednesday)', 11, 35, '2022-09-14', '2022-09-14']]],
    ['Bids close 14 September (Wed), as planned.', '2022-09-20', [['14 September (Wed)', 11, 29, '2022-09-14', '2022-09-14']]],
    // Any other aside stays out.
    ['Bids close Sept 14 (see the notice).', '2022-09-20', [['Sept 14', 11, 18, '2022-09-14', '2022-09-14']]],
  ]);
});
