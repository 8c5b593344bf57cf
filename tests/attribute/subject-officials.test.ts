/**
 * An official or a fiscal body speaks for the government of the place its sentence names before
 * it, whose budget, taxes and debt they are (src/attribute/subject.ts `governmentPlace`).
 * Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe("an official's or a fiscal body's figure is the place's", () => {
  it.each([
    ["Ireland's finance minister Aoife Brennan unveiled €8.3 billion of tax cuts on Tuesday.", '€8.3 billion', 'Ireland'],
    ['In Denver, Mayor Luis Ortega faces a budget shortfall of $210 million next year.', '$210 million', 'Denver'],
    ['In Colombia, the Finance Ministry cut planned spending by 12 trillion pesos.', '12 trillion pesos', 'Colombia'],
    ['New Zealand widened its deficit forecast, as Finance Minister Hemi Walker announced NZ$2.1 billion of new spending.', 'NZ$2.1 billion', 'New Zealand'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2025-06-03').subject?.name).toBe(subject);
  });

  it('a later clause of the official\'s sentence too', () => {
    const text = "Ireland's finance minister Aoife Brennan unveiled tax cuts on Tuesday and said the top rate would fall by 2 percentage points.";
    expect(aboutOf(text, '2 percentage points', '2025-06-03').subject?.name).toBe('Ireland');
  });

  it('not a security named after the body, nor a company\'s officer', () => {
    expect(aboutOf('In London, Treasury bill rates fell 12 basis points on Monday.', '12 basis points', '2025-06-03').subject?.name).not.toBe('London');
    expect(aboutOf("Norway's Fjordline chief executive Kari Dahl announced $40 million of buybacks.", '$40 million', '2025-06-03').subject?.name).not.toBe('Norway');
  });
});

describe('a fiscal body that reports or forecasts the books is no owner of them', () => {
  it('the country named before it in the paragraph, else the story\'s country', () => {
    const text = "PRETORIA (Wire) - South Africa's budget gap will narrow, officials said.\n\nThe levy increase would raise 9.2 billion rand in tax revenue next year, the Treasury said.";
    expect(aboutOf(text, '9.2 billion rand', '2025-03-12').subject?.name).toBe('South Africa');
    const cbo = 'The U.S. budget outlook worsened. Public debt will reach 104% of GDP by 2030, the Congressional Budget Office said.';
    expect(aboutOf(cbo, '104%', '2025-03-12').subject?.name).toBe('U.S.');
  });
  it('a company ending in a body\'s word is no fiscal body', () => {
    const text = "Britain's lenders met. Kinross Travel Agency said its debt of 40 mln stg would be repaid.";
    expect(aboutOf(text, '40 mln stg', '1987-03-12').subject?.name).not.toBe('Britain');
  });
});
