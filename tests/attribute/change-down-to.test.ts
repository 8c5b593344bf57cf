/**
 * "down to" before an amount (attribute/change.ts): the level a measure fell to, direction down;
 * "up to" stays a limit. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('"down to" names the level a measure fell to', () => {
  it.each([
    ['Redemptions pushed assets under management down to €212bn at the end of June.', '€212bn'],
    ['The ratio was down to 41.5 pct in the half.', '41.5 pct'],
    ['The agency revised its estimate of the deficit down to around £3.1bn.', '£3.1bn'],
  ])('%s → %s is down', (text, figure) => {
    const about = aboutOf(text, figure, '2026-08-01');
    expect(about.direction).toBe('down');
    expect(about.change?.role).toBe('target');
  });

  it('"up to" is a limit, not a change', () => {
    expect(aboutOf('The insurer may return up to $2bn to shareholders.', '$2bn', '2026-08-01').direction).toBeUndefined();
  });
});
