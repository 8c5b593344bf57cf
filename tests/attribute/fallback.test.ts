import { afterAll, expect, it } from 'vitest';
import { setLexiconForTests } from '../../src/attribute/words';
import { aboutOf } from './helpers';

afterAll(() => setLexiconForTests(null));

it('works without compromise (a bundle without require), from the built-in word lists', () => {
  setLexiconForTests(undefined);
  const text = 'For the first six months, Acme Corp reported a 27% drop in revenues, to $3.9 billion. Its shares fell 4%.';
  expect(aboutOf(text, '27%', '2018-10-08')).toMatchObject({ metric: { category: 'revenue' }, subject: { name: 'Acme Corp' }, direction: 'down' });
  expect(aboutOf(text, '4%', '2018-10-08')).toMatchObject({ metric: { category: 'price' }, subject: { name: 'Acme Corp' }, direction: 'down' });
});
