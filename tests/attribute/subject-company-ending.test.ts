import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// A company's name ends in "Co.", "Ltd." or "Inc." with a dot glued to it; its capitalised
// words belong to it even when the document writes them in lower case elsewhere ("carrier
// networks", "wafer revenue"), so the subject is the whole name, not the bare ending.
describe('a name ending in a company ending with a glued dot keeps its words', () => {
  it.each([
    ['Chinese equipment maker Tarnwick Networks Co. Ltd. swung to a loss of RMB1.2 billion. Sales at its carrier networks unit dropped 21%.', 'RMB1.2 billion', 'Tarnwick Networks Co. Ltd'],
    ['Taiwanese chipmaker Orvalle Wafer Foundry Co. reported revenue of NT$84.6 billion. Wafer shipments rose, and wafer revenue grew 12%.', 'NT$84.6 billion', 'Orvalle Wafer Foundry Co'],
    ['Brisk Software Inc. said profit rose 9% to $40 million, and its software sales grew.', '$40 million', 'Brisk Software Inc'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});
