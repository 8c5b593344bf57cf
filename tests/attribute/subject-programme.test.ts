/**
 * A plan's name between a determiner and a plan noun ("under its Network Renewal programme",
 * lexicon/products.ts PROGRAMME_NOUNS, attribute/subject.ts isProgramme) owns nothing and is no
 * topic. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const REF = '2026-11-06';

describe("a plan's name between a determiner and a plan noun owns nothing", () => {
  it.each([
    ['Parcelo said it had cut $1.8 billion of costs under its Network Renewal programme. It forecast revenue of $9 billion for the fourth quarter.', '$9 billion'],
    ['Parcelo cut costs under the Fast Forward plan. It expects an operating margin of 9.5% next year.', '9.5%'],
    ['Parcelo launched its Blue Horizon initiative in May. The company raised its dividend to $1.10.', '$1.10'],
  ] as const)('%s → %s is Parcelo\'s', (text, figure) => {
    expect(aboutOf(text, figure, REF).subject?.name).toBe('Parcelo');
  });
});
