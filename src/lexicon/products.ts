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
  // films and records, whose takings are their studio's or label's ("Halcyon's thriller \"Night Ledger\" opened with $17.5 million")
  'film', 'films', 'movie', 'movies', 'sequel', 'prequel', 'remake', 'thriller', 'comedy', 'musical', 'documentary', 'album',
]);

/**
 * Nouns naming what a company runs or sells, a product only after "its" or "their" and at
 * most one word more ("its streaming platform AlbionX", "their music app Tunely"): after "the"
 * they as often name the company itself ("the streaming service Streamwave said").
 */
export const OWNED_PRODUCT_NOUNS: ReadonlySet<string> = new Set([
  'platform', 'service', 'app', 'brand', 'channel', 'label', 'franchise', 'network', 'series', 'show',
]);
/** Makers: "the maker of Ozempic and Wegovy" names what it makes. */
export const MAKER_OF = /(?:maker|makers|manufacturer|producer)s? of $/;
/**
 * The same, past the first words of a made thing's name of several ("maker of Crème d'Or
 * chocolate and Bergkaffee capsules", "maker of Old El Paso tacos"): up to two words, and the
 * start of the last one.
 */
export const MAKER_OF_NAMED = /(?:maker|makers|manufacturer|producer)s? of (?:[^\s,.;:()]+ ){0,2}[^\s,.;:()]*$/;

/**
 * Kinds of chip, component and technology written in capitals ("DRAM prices rose", "NAND
 * contract prices", "DDR5 chips", "HBM supply", "GPU sales"): common nouns of the trade, not
 * names, so never the owner of a figure (a price of DRAM is the market's, sales of GPUs their
 * maker's). Lower case; `attribute/entities.ts` reads them for all-caps words only.
 */
export const TECH_TERMS: ReadonlySet<string> = new Set([
  'dram', 'nand', 'hbm', 'hbm2', 'hbm2e', 'hbm3', 'hbm3e', 'hbm4', 'sram', 'ram', 'rom', 'ddr3', 'ddr4', 'ddr5', 'lpddr4', 'lpddr5', 'lpddr5x',
  'gddr6', 'gddr7', 'ssd', 'hdd', 'gpu', 'cpu', 'npu', 'tpu', 'apu', 'asic', 'fpga', 'soc', 'mcu', 'lcd', 'oled', 'amoled',
  'led', 'pc', 'ai', 'iot', 'euv', 'duv', 'cmos', 'mems',
]);

/**
 * Nouns naming a company's plan or programme: a name written right before one after "its",
 * "the" or "a" ("under its Efficiency Reimagined programme", "the Fit for 55 plan", "its Next
 * Gen initiative") is the plan's name, which owns nothing and is no topic for later figures.
 */
export const PROGRAMME_NOUNS: ReadonlySet<string> = new Set([
  'programme', 'programmes', 'program', 'programs', 'plan', 'plans', 'initiative', 'initiatives', 'scheme', 'schemes',
  'strategy', 'campaign', 'project', 'projects', 'drive', 'overhaul', 'review',
]);
