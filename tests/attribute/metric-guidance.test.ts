import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// "its guidance range of $25.2 billion to $25.8 billion": a forecast of what the figure before
// it measures; "capital budget" is spending planned, a cost.
describe('a guidance range restates the measure before it; a capital budget is a cost', () => {
  it.each([
    ['Brenmoor reported revenue of $26.1 billion, up 9.7% sequentially, beating the top end of its guidance range of $25.2 billion to $25.8 billion.', '$25.2 billion to $25.8 billion', 'revenue'],
    ['Kiltarra said Ebitda rose 4.6%, at the top of its forecast range of A$8.3 billion to A$8.5 billion.', 'A$8.3 billion to A$8.5 billion', 'ebitda'],
    ['Ostrava Power approved a capital budget of $2.1 billion for next year.', '$2.1 billion', 'cost'],
  ] as const)('%s → %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});
