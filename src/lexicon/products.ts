/**
 * Words that mark a name as a product rather than a company: data only; `attribute/evidence.ts`
 * reads them.
 */

/**
 * Nouns naming a medicine or a product: the name written right after one ("its cancer
 * immunotherapy Keytruda", "the blood thinner Eliquis") or heading an apposition after it
 * ("Entyvio, Takeda's top-selling drug for …") is a product, whose sales are its maker's.
 */
export const PRODUCT_NOUNS: ReadonlySet<string> = new Set([
  'drug', 'drugs', 'medicine', 'medicines', 'medication', 'treatment', 'treatments', 'therapy', 'therapies',
  'immunotherapy', 'vaccine', 'vaccines', 'shot', 'shots', 'jab', 'injection', 'injectable', 'pill', 'pills', 'tablet',
  'thinner', 'biosimilar', 'antibody', 'inhibitor', 'insulin', 'painkiller', 'antidepressant', 'antibiotic', 'blockbuster',
]);
/** Makers: "the maker of Ozempic and Wegovy" names what it makes. */
export const MAKER_OF = /(?:maker|makers|manufacturer|producer)s? of $/;
