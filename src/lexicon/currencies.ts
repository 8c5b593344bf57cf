/**
 * Currency words, symbols and codes, as data. Official names come from `Intl.DisplayNames`
 * (see resolve/currency-lexicon.ts); this file holds what Intl does not know: symbols,
 * newswire abbreviations, families of generic unit words ("dollars", "francs") whose country
 * must come from context, and the dates withdrawn currencies were in use.
 */

/** A generic unit word family: the country comes from an adjective, the context or a default. */
export type CurrencyFamily =
  | 'dollar' | 'pound' | 'franc' | 'crown' | 'mark' | 'lira' | 'peso' | 'rupee' | 'dinar' | 'riyal'
  | 'yen' | 'yen-sign' | 'yuan' | 'euro' | 'won' | 'rand' | 'real' | 'guilder' | 'peseta' | 'escudo' | 'schilling'
  | 'drachma' | 'markka' | 'shekel' | 'rouble' | 'ringgit' | 'rupiah' | 'baht' | 'dirham' | 'zloty'
  | 'forint' | 'naira' | 'cruzado' | 'austral' | 'tugrik' | 'punt' | 'koruna' | 'kwacha' | 'cedi' | 'shilling';

export interface FamilyInfo {
  /** The default when nothing in the text says otherwise (null: no safe default). */
  readonly fallback: string | null;
  /** Every currency the word could mean. */
  readonly candidates: readonly string[];
  /** The word is also a common English word ("won", "marks", "real"): needs a scale, an adjective or context. */
  readonly weak?: boolean;
}

export const FAMILIES: Readonly<Record<CurrencyFamily, FamilyInfo>> = {
  dollar: { fallback: 'USD', candidates: ['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD'] },
  pound: { fallback: 'GBP', candidates: ['GBP', 'EGP', 'LBP', 'IEP'] },
  // (and the CFA francs of West and Central Africa, the Congolese and Rwandan francs: "raised its
  // farmgate price to 1,500 CFA francs per kg from 1,000 francs")
  franc: { fallback: 'CHF', candidates: ['CHF', 'FRF', 'BEF', 'LUF', 'XOF', 'XAF', 'CDF', 'RWF'] },
  crown: { fallback: 'SEK', candidates: ['SEK', 'NOK', 'DKK', 'CZK', 'ISK'] },
  mark: { fallback: 'DEM', candidates: ['DEM', 'FIM'], weak: true },
  lira: { fallback: 'ITL', candidates: ['ITL', 'TRY'] },
  peso: { fallback: 'MXN', candidates: ['MXN', 'PHP', 'ARS', 'CLP', 'COP'] },
  rupee: { fallback: 'INR', candidates: ['INR', 'PKR', 'LKR', 'NPR'] },
  dinar: { fallback: null, candidates: ['KWD', 'BHD', 'JOD', 'IQD', 'DZD', 'TND', 'LYD', 'RSD', 'YUD'] },
  riyal: { fallback: null, candidates: ['SAR', 'QAR', 'OMR', 'IRR', 'YER'] },
  yen: { fallback: 'JPY', candidates: ['JPY'] },
  /** "¥" is written for both the yen and the yuan. */
  'yen-sign': { fallback: 'JPY', candidates: ['JPY', 'CNY'] },
  yuan: { fallback: 'CNY', candidates: ['CNY'] },
  euro: { fallback: 'EUR', candidates: ['EUR'] },
  won: { fallback: 'KRW', candidates: ['KRW'], weak: true },
  // Not weak: after a number "rand" is the currency ("Ayn Rand", "Rand Corp" never follow one).
  rand: { fallback: 'ZAR', candidates: ['ZAR'] },
  real: { fallback: 'BRL', candidates: ['BRL'], weak: true },
  guilder: { fallback: 'NLG', candidates: ['NLG'] },
  peseta: { fallback: 'ESP', candidates: ['ESP'] },
  escudo: { fallback: 'PTE', candidates: ['PTE'] },
  schilling: { fallback: 'ATS', candidates: ['ATS', 'KES', 'UGX', 'TZS'] },
  // East Africa's shillings as English writes them ("41.2 billion shillings"): Austria's is the
  // "schilling", so no member is a safe default; a place the story names picks one.
  shilling: { fallback: null, candidates: ['KES', 'UGX', 'TZS', 'SOS'] },
  drachma: { fallback: 'GRD', candidates: ['GRD'] },
  markka: { fallback: 'FIM', candidates: ['FIM'] },
  shekel: { fallback: 'ILS', candidates: ['ILS'] },
  rouble: { fallback: 'RUB', candidates: ['RUB'] },
  ringgit: { fallback: 'MYR', candidates: ['MYR'] },
  rupiah: { fallback: 'IDR', candidates: ['IDR'] },
  baht: { fallback: 'THB', candidates: ['THB'] },
  dirham: { fallback: 'AED', candidates: ['AED', 'MAD'] },
  zloty: { fallback: 'PLN', candidates: ['PLN'] },
  forint: { fallback: 'HUF', candidates: ['HUF'] },
  naira: { fallback: 'NGN', candidates: ['NGN'] },
  cruzado: { fallback: 'BRC', candidates: ['BRC'] },
  austral: { fallback: 'ARA', candidates: ['ARA'] },
  tugrik: { fallback: 'MNT', candidates: ['MNT'] },
  punt: { fallback: 'IEP', candidates: ['IEP'] },
  koruna: { fallback: 'CZK', candidates: ['CZK', 'SKK'] },
  kwacha: { fallback: 'ZMW', candidates: ['ZMW', 'MWK'] },
  cedi: { fallback: 'GHS', candidates: ['GHS'] },
};

/**
 * Units of a currency per US dollar that a stated equivalent can imply, for the members of a
 * family whose ranges never meet: "¥1.45 trillion ($9.6 billion)" is about 151 to the dollar,
 * a yen's rate and never a yuan's. The bounds are wide (every rate since 1970 with room to
 * spare): they tell the members apart and check no rate. A family is told apart this way
 * only when every one of its members has a row.
 */
export const PER_USD_RANGE: Readonly<Record<string, readonly [low: string, high: string]>> = {
  JPY: ['50', '500'],
  CNY: ['1', '15'],
};

/**
 * Single-word currency names that mean one currency and are written after the number only
 * ("500 reais", "20 leva", "3 quid"). Intl's names for these are two words ("Brazilian
 * * real"); English words that are also currencies ("rand", "won", "kip") stay in FAMILIES,
 * where they need a scale, an adjective or a place. Not "dram": "256K DRAM" is a chip.
 */
export const UNIT_NAMES: Readonly<Record<string, string>> = {
  reais: 'BRL', leva: 'BGN', lev: 'BGN', lei: 'RON', leu: 'RON', hryvnia: 'UAH', hryvnias: 'UAH', hryvnya: 'UAH', hryvnyas: 'UAH',
  taka: 'BDT', tenge: 'KZT', lari: 'GEL', laris: 'GEL', denar: 'MKD', denars: 'MKD', denari: 'MKD',
  quid: 'GBP', zł: 'PLN', złoty: 'PLN', złotys: 'PLN', złote: 'PLN', złotych: 'PLN', dong: 'VND',
  // Peru's sol in the plural, as Lima's press and wires write it ("412 million soles").
  soles: 'PEN',
  // Africa's currencies as their papers name them without the country's adjective ("21.8 billion
  // birr", "500 billion meticais", "1.2 trillion kwanzas").
  birr: 'ETB', meticais: 'MZN', kwanzas: 'AOA',
};

/**
 * Other English forms of the first words of Intl's currency names: "Uzbek som" beside Intl's
 * "Uzbekistani som", "Trinidad and Tobago dollars" beside "Trinidad & Tobago dollar".
 */
export const NAME_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  uzbekistani: ['uzbek'], kazakhstani: ['kazakh'], tajikistani: ['tajik'], turkmenistani: ['turkmen'],
  botswanan: ['botswana'], laotian: ['lao'], guyanaese: ['guyanese'], singapore: ['singaporean'],
  'trinidad & tobago': ['trinidad and tobago'], 'israeli new': ['new israeli', 'new'],
  'bosnia-herzegovina convertible': ['bosnian convertible', 'bosnia and herzegovina convertible'],
  myanmar: ['burmese'], nepalese: ['nepali'], 'east caribbean': ['eastern caribbean'], bermudan: ['bermudian', 'bermuda'],
};

/**
 * Plurals of currency names that do not just add "s" (Intl's names are singular): "500 Peruvian
 * soles", "80 Bulgarian leva", "7,000 Costa Rican colones". Keyed by the last word, without accents.
 */
export const NAME_PLURALS: Readonly<Record<string, readonly string[]>> = {
  sol: ['soles'], lev: ['leva'], leu: ['lei'], quetzal: ['quetzales'], colon: ['colones'], guarani: ['guaranies', 'guaranis'],
  bolivar: ['bolivares'], loti: ['maloti'], lilangeni: ['emalangeni'], kuna: ['kune'], lek: ['leke'], denar: ['denari'],
  metical: ['meticais'],
};

/** Words that only ever mean the British pound, whatever other pounds a text names ("10 pence sterling", "182 mln stg"). */
export const STERLING_WORDS: Readonly<Record<string, { readonly minor?: true }>> = {
  stg: {}, sterling: {}, 'pounds sterling': {}, 'pound sterling': {}, 'pence sterling': { minor: true }, 'penny sterling': { minor: true },
};

/** Unit words of each family, singular and plural, including newswire abbreviations. */
export const FAMILY_WORDS: Readonly<Record<string, CurrencyFamily>> = {
  dollar: 'dollar', dollars: 'dollar', dlr: 'dollar', dlrs: 'dollar', dls: 'dollar', bucks: 'dollar', buck: 'dollar',
  pound: 'pound', pounds: 'pound', stg: 'pound', sterling: 'pound', 'pounds sterling': 'pound', 'pound sterling': 'pound',
  franc: 'franc', francs: 'franc', frs: 'franc',
  crown: 'crown', crowns: 'crown', krona: 'crown', kronor: 'crown', krone: 'crown', kroner: 'crown', kronur: 'crown',
  mark: 'mark', marks: 'mark', deutschmark: 'mark', deutschmarks: 'mark', 'deutsche mark': 'mark', 'deutsche marks': 'mark', 'd-mark': 'mark', 'd-marks': 'mark',
  lira: 'lira', lire: 'lira', liras: 'lira',
  peso: 'peso', pesos: 'peso',
  rupee: 'rupee', rupees: 'rupee', rs: 'rupee', 'rs.': 'rupee',
  dinar: 'dinar', dinars: 'dinar',
  riyal: 'riyal', riyals: 'riyal', rial: 'riyal', rials: 'riyal',
  yen: 'yen', yuan: 'yuan', renminbi: 'yuan', rmb: 'yuan',
  euro: 'euro', euros: 'euro',
  won: 'won', rand: 'rand', real: 'real', reais: 'real', reals: 'real',
  guilder: 'guilder', guilders: 'guilder', peseta: 'peseta', pesetas: 'peseta', escudo: 'escudo', escudos: 'escudo',
  schilling: 'schilling', schillings: 'schilling', shilling: 'shilling', shillings: 'shilling', drachma: 'drachma', drachmas: 'drachma', drachmae: 'drachma',
  markka: 'markka', markkaa: 'markka', shekel: 'shekel', shekels: 'shekel', sheqel: 'shekel', sheqels: 'shekel',
  rouble: 'rouble', roubles: 'rouble', ruble: 'rouble', rubles: 'rouble',
  ringgit: 'ringgit', ringgits: 'ringgit', rupiah: 'rupiah', rupiahs: 'rupiah', baht: 'baht',
  dirham: 'dirham', dirhams: 'dirham', zloty: 'zloty', zlotys: 'zloty', zlotych: 'zloty', forint: 'forint', forints: 'forint',
  naira: 'naira', cruzado: 'cruzado', cruzados: 'cruzado', austral: 'austral', australes: 'austral', australs: 'austral',
  tugrik: 'tugrik', tugriks: 'tugrik', tughrik: 'tugrik', punt: 'punt', punts: 'punt',
  koruna: 'koruna', korunas: 'koruna', kwacha: 'kwacha', cedi: 'cedi', cedis: 'cedi',
};

/** Adjectives (or country names) that pick one member of a family: "Canadian dlrs", "Swedish crowns". */
export const FAMILY_ADJECTIVES: Readonly<Partial<Record<CurrencyFamily, Readonly<Record<string, string>>>>> = {
  dollar: {
    us: 'USD', 'u.s.': 'USD', 'u.s': 'USD', 'u. s.': 'USD', american: 'USD', 'united states': 'USD',
    canadian: 'CAD', canada: 'CAD', australian: 'AUD', australia: 'AUD', 'new zealand': 'NZD', 'n.z.': 'NZD',
    'hong kong': 'HKD', hk: 'HKD', 'h.k.': 'HKD', singapore: 'SGD', taiwan: 'TWD', taiwanese: 'TWD', 'new taiwan': 'TWD',
    jamaican: 'JMD', zimbabwe: 'ZWL', namibian: 'NAD', fijian: 'FJD', barbados: 'BBD', bahamian: 'BSD', brunei: 'BND', liberian: 'LRD',
  },
  pound: { british: 'GBP', uk: 'GBP', 'u.k.': 'GBP', egyptian: 'EGP', lebanese: 'LBP', irish: 'IEP', sudanese: 'SDG', syrian: 'SYP', cyprus: 'CYP' },
  franc: { swiss: 'CHF', french: 'FRF', belgian: 'BEF', luxembourg: 'LUF', 'cfa': 'XOF', congolese: 'CDF', rwandan: 'RWF' },
  crown: { swedish: 'SEK', norwegian: 'NOK', danish: 'DKK', czech: 'CZK', icelandic: 'ISK', estonian: 'EEK', slovak: 'SKK' },
  mark: { german: 'DEM', 'west german': 'DEM', 'east german': 'DDM', finnish: 'FIM', bosnian: 'BAM' },
  lira: { italian: 'ITL', turkish: 'TRY', maltese: 'MTL' },
  peso: { mexican: 'MXN', mexico: 'MXN', philippine: 'PHP', argentine: 'ARS', argentinian: 'ARS', chilean: 'CLP', colombian: 'COP', cuban: 'CUP', uruguayan: 'UYU', dominican: 'DOP' },
  rupee: { indian: 'INR', pakistani: 'PKR', 'sri lankan': 'LKR', nepalese: 'NPR', nepali: 'NPR', mauritian: 'MUR' },
  dinar: { kuwaiti: 'KWD', bahraini: 'BHD', jordanian: 'JOD', iraqi: 'IQD', algerian: 'DZD', tunisian: 'TND', libyan: 'LYD', serbian: 'RSD', yugoslav: 'YUD' },
  riyal: { saudi: 'SAR', qatari: 'QAR', omani: 'OMR', iranian: 'IRR', yemeni: 'YER' },
  yen: { japanese: 'JPY' },
  yuan: { chinese: 'CNY' },
  won: { korean: 'KRW', 'south korean': 'KRW', 'north korean': 'KPW' },
  rand: { 'south african': 'ZAR' },
  real: { brazilian: 'BRL' },
  ringgit: { malaysian: 'MYR', malaysia: 'MYR' },
  rupiah: { indonesian: 'IDR' },
  baht: { thai: 'THB' },
  dirham: { uae: 'AED', emirati: 'AED', moroccan: 'MAD' },
  shekel: { israeli: 'ILS', 'new israeli': 'ILS' },
  rouble: { russian: 'RUB' },
  cruzado: { brazilian: 'BRC' },
  austral: { argentine: 'ARA' },
  guilder: { dutch: 'NLG', antillean: 'ANG' },
  schilling: { austrian: 'ATS', kenyan: 'KES', ugandan: 'UGX', tanzanian: 'TZS' },
  shilling: { kenyan: 'KES', kenya: 'KES', ugandan: 'UGX', uganda: 'UGX', tanzanian: 'TZS', tanzania: 'TZS', somali: 'SOS', somalia: 'SOS' },
  zloty: { polish: 'PLN' },
  forint: { hungarian: 'HUF' },
  naira: { nigerian: 'NGN' },
  tugrik: { mongolian: 'MNT' },
  punt: { irish: 'IEP' },
};

/** Symbols. A symbol's family lets context and hints choose among its candidates. */
export const SYMBOLS: Readonly<Record<string, { readonly code?: string; readonly family?: CurrencyFamily; readonly minor?: string }>> = {
  $: { family: 'dollar' }, '€': { code: 'EUR' }, '£': { family: 'pound' }, '¥': { family: 'yen-sign' }, '￥': { family: 'yen-sign' }, '円': { code: 'JPY' },
  '元': { code: 'CNY' }, '₹': { code: 'INR' }, '₨': { family: 'rupee' }, 'ரூ': { code: 'LKR' }, '₩': { code: 'KRW' }, '₡': { code: 'CRC' },
  '₽': { code: 'RUB' }, '₺': { code: 'TRY' }, '₪': { code: 'ILS' }, '₫': { code: 'VND' }, '₦': { code: 'NGN' },
  '฿': { code: 'THB' }, '₱': { code: 'PHP' }, '₴': { code: 'UAH' }, '₸': { code: 'KZT' }, '₼': { code: 'AZN' },
  '₾': { code: 'GEL' }, '৳': { code: 'BDT' }, '₭': { code: 'LAK' }, '₮': { code: 'MNT' }, '₲': { code: 'PYG' }, '₵': { code: 'GHS' },
  '₣': { code: 'FRF' }, '₤': { code: 'ITL' }, '₧': { code: 'ESP' }, '₠': { code: 'XEU' }, '₥': { code: 'USD', minor: 'USD' },
  '¢': { family: 'dollar', minor: 'dollar' }, '€ur': { code: 'EUR' },
};

/**
 * Written forms that are not ISO codes but name one currency, before or after the number,
 * any case ("RMB7.8 billion", "Rs 20", "42 L.E"). Symbol-prefixed dollars are built from
 * FAMILY_ADJECTIVES and PREFIXED_DOLLARS.
 */
export const CURRENCY_ALIASES: Readonly<Record<string, string>> = {
  rmb: 'CNY', 'inr.': 'INR', rm: 'MYR', nis: 'ILS', le: 'EGP', 'l.e': 'EGP', 'l.e.': 'EGP',
  dm: 'DEM', 'sfr': 'CHF', 'sfr.': 'CHF', 'sf': 'CHF', 'chf.': 'CHF', dkr: 'DKK', skr: 'SEK', nkr: 'NOK', 'ffr': 'FRF', 'bfr': 'BEF',
  'kd': 'KWD', 'dhs': 'AED', 'qr': 'QAR', 'sr': 'SAR', 'kshs': 'KES', 'ksh': 'KES', 'rp': 'IDR', 'php': 'PHP', 'kč': 'CZK', 'zł': 'PLN',
  'egyptianpound': 'EGP', 'saudiriyal': 'SAR', geneh: 'EGP', 'genihat masriya': 'EGP',
  // "¥" with the country written before it: "CN¥500", "RMB¥ 80", "JP¥1,000".
  'cn¥': 'CNY', 'rmb¥': 'CNY', 'jp¥': 'JPY',
  // The same for the Egyptian pound and the cedi ("E£3.4bn", "GH¢1.2bn"); East Africa's
  // shillings with their country's letter ("TSh45bn", "USh120bn").
  'e£': 'EGP', 'gh¢': 'GHS', 'gh₵': 'GHS', 'tsh': 'TZS', 'tshs': 'TZS', 'ush': 'UGX', 'ushs': 'UGX',
  // Bangladesh's taka as its papers write it ("Tk 500 crore").
  tk: 'BDT', 'tk.': 'BDT',
  // Ghana's cedi without its sign ("Ghc 2.5 billion"), Rwanda's franc as Kigali writes it ("Rwf 75 billion").
  ghc: 'GHS', rwf: 'RWF', frw: 'RWF',
  // The European Currency Unit, 1979-1998 ("a 100 mln Ecu eurobond", "330 Ecus per tonne").
  ecu: 'XEU', ecus: 'XEU',
  // The IMF's special drawing right by its usual letters ("SDR 760 million", "1.2 billion SDRs").
  sdr: 'XDR', sdrs: 'XDR',
};

/**
 * Letters the Gulf and Levant papers write for their own currency, in capitals, before or after
 * the number: "RO 210 million" (the Omani rial), "BD 80 million" (the Bahraini dinar), "JD 600
 * million" (the Jordanian dinar). Also initials of names ("JD.com"), so read only where the text
 * names the currency's place, as the place-cued codes are.
 */
export const PLACE_CUED_ALIASES: Readonly<Record<string, string>> = { ro: 'OMR', bd: 'BHD', jd: 'JOD' };

/** Forms that name one currency only before the number: Peru's sol by its sign ("S/ 0.45"; "March 9 S/P" is no sol). */
export const ALIASES_BEFORE: Readonly<Record<string, string>> = { 's/': 'PEN' };

/** Letters before `$` that pick a dollar: "US$", "C$", "HK$", "NT$", "R$" (Brazil's real). */
export const PREFIXED_DOLLARS: Readonly<Record<string, string>> = {
  us: 'USD', 'u.s.': 'USD', 'u.s': 'USD', 'u. s.': 'USD', a: 'AUD', au: 'AUD', aus: 'AUD', c: 'CAD', ca: 'CAD', can: 'CAD', cdn: 'CAD',
  hk: 'HKD', s: 'SGD', sg: 'SGD', nt: 'TWD', r: 'BRL', nz: 'NZD', mex: 'MXN', mx: 'MXN', z: 'ZWL', j: 'JMD', ec: 'XCD', fj: 'FJD', tt: 'TTD', bds: 'BBD',
  bz: 'BZD', g: 'GYD', gy: 'GYD', n: 'NAD', l: 'LRD', ws: 'WST', si: 'SBD',
  // Latin America's pesos written with the dollar sign and their country's letters: "Ch$ 412
  // billion" (Chile), "Col$ 4.1 trillion" (Colombia), "AR$ 45 billion" (Argentina), "RD$ 9 billion"
  // (the Dominican Republic).
  ch: 'CLP', col: 'COP', ar: 'ARS', rd: 'DOP',
};

/**
 * A dollar's own ISO code glued before the sign: "CAD$ 20", "USD$5", "AUD$1.2m". Spaced ("AUD
 * $80 million") the code stays a word of its own, as filings' tagging reads it.
 */
export const CODED_DOLLARS: readonly string[] = ['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'JMD', 'TTD', 'BBD', 'BSD', 'FJD', 'NAD', 'XCD', 'LRD', 'BND', 'BZD',
  // the pesos that write the same sign: "COP$ 4.5 trillion", "MXN$ 2.1 billion"
  'MXN', 'CLP', 'COP', 'ARS', 'UYU', 'DOP'];

/**
 * Currencies priced in whole units, where "Rp 5.000", "VND 50.000" group thousands with a dot:
 * three decimals of these are never meant. Not the yen: "at 146.525 yen" is an exchange rate.
 */
export const WHOLE_UNIT_CURRENCIES: ReadonlySet<string> = new Set([
  'KRW', 'VND', 'IDR', 'CLP', 'PYG', 'ISK', 'UGX', 'COP', 'HUF', 'IRR', 'LAK', 'KHR', 'MMK', 'UZS', 'RWF', 'XOF', 'XAF', 'GNF', 'MGA',
]);

/** One-letter dollar prefixes that tokenised text spaces from the "$" ("c $ 40"); no English word alone, unlike "a". */
export const SPACED_DOLLAR_LETTERS: ReadonlySet<string> = new Set(['c', 'r', 's']);

/** Minor units: the amount is hundredths of the major unit. */
export const MINOR_UNITS: Readonly<Record<string, { readonly family?: CurrencyFamily; readonly code?: string; readonly gluedOnly?: boolean; readonly weak?: boolean }>> = {
  cent: { family: 'dollar' }, cents: { family: 'dollar' }, cts: { family: 'dollar' }, ct: { family: 'dollar' }, c: { family: 'dollar', gluedOnly: true },
  pence: { family: 'pound' }, penny: { family: 'pound', weak: true }, p: { family: 'pound', gluedOnly: true },
  sen: { code: 'MYR' }, sens: { code: 'MYR' }, kopiykas: { code: 'UAH' }, kopiyka: { code: 'UAH' }, kopecks: { code: 'RUB' }, kopeks: { code: 'RUB' },
  paise: { code: 'INR' }, fils: { code: 'AED' }, centimes: { family: 'franc' }, pfennigs: { code: 'DEM' }, pfennig: { code: 'DEM' },
  kobo: { code: 'NGN' }, piastres: { code: 'EGP' }, piasters: { code: 'EGP' }, halalas: { code: 'SAR' }, halala: { code: 'SAR' },
  agorot: { code: 'ILS' }, satang: { code: 'THB' }, groszy: { code: 'PLN' },
  'euro cents': { code: 'EUR' }, 'euro cent': { code: 'EUR' }, eurocents: { code: 'EUR' }, eurocent: { code: 'EUR' },
};

/**
 * Upper-case words that are ISO codes but far more often English: "ALL 5 solutions". Never
 * read as codes, except those in {@link PLACE_CUED_CODES}.
 */
export const CODE_STOPWORDS: ReadonlySet<string> = new Set([
  'ALL', 'TOP', 'CUP', 'MOP', 'BOB', 'SOS', 'PEN', 'MAD', 'BAM', 'AMD', 'GEL', 'LAK', 'MKD', 'TRY', 'CVE', 'BOV', 'STD',
  // Software and fuel grades before a version or a number: "BSD 4.3", "PHP 8.2", "RON 95".
  'BSD', 'PHP', 'RON',
]);

/**
 * Of those, the codes read as currencies where the text names their place (a cue of
 * {@link CONTEXT_CUES}): "TRY 40bn" in a story about Turkey, "PEN 1.2 billion" in one about
 * Peru. Words a story about the place still writes in capitals ("ALL", "TOP") stay out.
 */
export const PLACE_CUED_CODES: ReadonlySet<string> = new Set(['TRY', 'PEN', 'MAD', 'AMD', 'MKD', 'BAM', 'LAK', 'BSD', 'PHP', 'RON']);

/**
 * ISO codes also read in lower case ("eur 20", "10 usd"), as chat and lower-cased text write
 * them: the major currencies, none of them an English word. Every other code needs capitals.
 */
export const LOWER_CASE_CODES: ReadonlySet<string> = new Set([
  'usd', 'eur', 'gbp', 'jpy', 'chf', 'aud', 'nzd', 'hkd', 'sgd', 'cny', 'inr', 'krw', 'sek', 'nok', 'dkk', 'brl', 'mxn', 'zar',
]);

/**
 * Codes that reports write with a scale joined on: "EURm 45", "SEKbn 1.2" (the scale after
 * the code), "MSEK 350", "TEUR 800", "kSEK 120" (before it), as Nordic and German companies
 * write in English. The major codes only: the scale is part of the currency word.
 */
export const SCALED_CODES: readonly string[] = [
  'EUR', 'USD', 'GBP', 'SEK', 'NOK', 'DKK', 'ISK', 'CHF', 'PLN', 'CZK', 'HUF', 'JPY', 'CNY', 'HKD', 'SGD', 'AUD', 'CAD', 'NZD', 'ZAR', 'INR',
];
/** Scales written after such a code ("EURm"), and after a symbol ("£m", "€bn"), by power of ten. */
export const SCALE_SUFFIXES: Readonly<Record<string, number>> = { m: 6, mn: 6, bn: 9, k: 3 };
/** Scales written before such a code ("MSEK" millions, "TEUR" and "KSEK" thousands). */
export const SCALE_PREFIXES: Readonly<Record<string, number>> = { m: 6, t: 3, k: 3 };
/** Symbols written with a scale glued on ("£m 12.5", "€bn 3"). */
export const SCALED_SYMBOLS: readonly string[] = ['$', '€', '£'];

/** Currencies withdrawn from use, with the last day they were a unit of account. */
export const WITHDRAWN: Readonly<Record<string, string>> = {
  DEM: '2001-12-31', FRF: '2001-12-31', ITL: '2001-12-31', NLG: '2001-12-31', ESP: '2001-12-31', BEF: '2001-12-31',
  LUF: '2001-12-31', ATS: '2001-12-31', PTE: '2001-12-31', FIM: '2001-12-31', GRD: '2001-12-31', IEP: '2001-12-31',
  BRC: '1989-01-15', ARA: '1991-12-31', DDM: '1990-06-30', XEU: '1998-12-31', CYP: '2007-12-31', MTL: '2007-12-31',
  EEK: '2010-12-31', SKK: '2008-12-31',
  // The Yugoslav dinar of 1966 (its successors, YUN and YUM, came with redenominations).
  YUD: '1989-12-31',
};

/** Places and institutions that tell which member of a family a story means. */
export const CONTEXT_CUES: Readonly<Record<string, string>> = {
  swiss: 'CHF', switzerland: 'CHF', zurich: 'CHF', geneva: 'CHF', basel: 'CHF', bern: 'CHF',
  french: 'FRF', france: 'FRF', paris: 'FRF',
  belgian: 'BEF', belgium: 'BEF', brussels: 'BEF', luxembourg: 'LUF',
  swedish: 'SEK', sweden: 'SEK', stockholm: 'SEK', norwegian: 'NOK', norway: 'NOK', oslo: 'NOK',
  danish: 'DKK', denmark: 'DKK', copenhagen: 'DKK',
  canadian: 'CAD', canada: 'CAD', toronto: 'CAD', ottawa: 'CAD', montreal: 'CAD', vancouver: 'CAD', calgary: 'CAD',
  australian: 'AUD', australia: 'AUD', sydney: 'AUD', melbourne: 'AUD', canberra: 'AUD', brisbane: 'AUD', adelaide: 'AUD', perth: 'AUD',
  'hong kong': 'HKD', singapore: 'SGD', taiwan: 'TWD', taipei: 'TWD', zealand: 'NZD', wellington: 'NZD', auckland: 'NZD',
  mexican: 'MXN', mexico: 'MXN', philippine: 'PHP', philippines: 'PHP', manila: 'PHP', argentine: 'ARS', argentina: 'ARS', chile: 'CLP', colombia: 'COP',
  pakistan: 'PKR', pakistani: 'PKR', 'sri lanka': 'LKR', india: 'INR', indian: 'INR',
  // (Datelines of Indian business news: "MUMBAI, Aug 8", "NEW DELHI (Wire)", "BENGALURU, May 2".)
  mumbai: 'INR', delhi: 'INR', bengaluru: 'INR', bangalore: 'INR', chennai: 'INR', kolkata: 'INR',
  hyderabad: 'INR', pune: 'INR', ahmedabad: 'INR', gurugram: 'INR', gurgaon: 'INR', noida: 'INR',
  kuwait: 'KWD', kuwaiti: 'KWD', bahrain: 'BHD', jordan: 'JOD', iraq: 'IQD', iraqi: 'IQD', algeria: 'DZD', tunisia: 'TND', libya: 'LYD',
  yugoslavia: 'YUD', yugoslav: 'YUD', belgrade: 'YUD', serbia: 'RSD',
  saudi: 'SAR', qatar: 'QAR', oman: 'OMR', iran: 'IRR', iranian: 'IRR',
  egypt: 'EGP', egyptian: 'EGP', lebanon: 'LBP', ireland: 'IEP', irish: 'IEP',
  italy: 'ITL', italian: 'ITL', turkey: 'TRY', turkish: 'TRY', türkiye: 'TRY', turkiye: 'TRY', istanbul: 'TRY', ankara: 'TRY',
  monterrey: 'MXN', guadalajara: 'MXN', bogota: 'COP', bogotá: 'COP', 'buenos aires': 'ARS', riyadh: 'SAR', jeddah: 'SAR', doha: 'QAR', cairo: 'EGP',
  german: 'DEM', germany: 'DEM', bundesbank: 'DEM', frankfurt: 'DEM', bonn: 'DEM', finland: 'FIM', finnish: 'FIM',
  china: 'CNY', chinese: 'CNY', beijing: 'CNY', shanghai: 'CNY', shenzhen: 'CNY', japan: 'JPY', japanese: 'JPY', tokyo: 'JPY', osaka: 'JPY',
  korea: 'KRW', korean: 'KRW', seoul: 'KRW', 'south africa': 'ZAR', johannesburg: 'ZAR', 'cape town': 'ZAR', pretoria: 'ZAR', durban: 'ZAR', brazil: 'BRL', brazilian: 'BRL',
  kenya: 'KES', kenyan: 'KES', nairobi: 'KES', mombasa: 'KES', uganda: 'UGX', ugandan: 'UGX', kampala: 'UGX',
  tanzania: 'TZS', tanzanian: 'TZS', dodoma: 'TZS', 'dar es': 'TZS', somalia: 'SOS', somali: 'SOS', mogadishu: 'SOS', nigeria: 'NGN', nigerian: 'NGN', lagos: 'NGN', abuja: 'NGN',
  uae: 'AED', dubai: 'AED', 'abu dhabi': 'AED', emirati: 'AED', sharjah: 'AED', morocco: 'MAD', moroccan: 'MAD', casablanca: 'MAD', rabat: 'MAD',
  peru: 'PEN', peruvian: 'PEN', lima: 'PEN', armenia: 'AMD', armenian: 'AMD', yerevan: 'AMD', macedonia: 'MKD', macedonian: 'MKD', skopje: 'MKD',
  bosnia: 'BAM', bosnian: 'BAM', sarajevo: 'BAM', laos: 'LAK', vientiane: 'LAK',
  bahamas: 'BSD', bahamian: 'BSD', nassau: 'BSD', romania: 'RON', romanian: 'RON', bucharest: 'RON',
  // (The franc zones of Africa: the West African CFA franc, the Central African one, the Congolese and Rwandan francs.)
  'ivory coast': 'XOF', ivorian: 'XOF', abidjan: 'XOF', senegal: 'XOF', senegalese: 'XOF', dakar: 'XOF', mali: 'XOF', malian: 'XOF', bamako: 'XOF',
  'burkina faso': 'XOF', ouagadougou: 'XOF', benin: 'XOF', cotonou: 'XOF', togo: 'XOF', lome: 'XOF',
  cameroon: 'XAF', cameroonian: 'XAF', douala: 'XAF', yaounde: 'XAF', gabon: 'XAF', gabonese: 'XAF', libreville: 'XAF',
  kinshasa: 'CDF', rwanda: 'RWF', rwandan: 'RWF', kigali: 'RWF',
  // (The kwachas: Zambia's and Malawi's, "K217 billion" in Lusaka's and Lilongwe's papers.)
  zambia: 'ZMW', zambian: 'ZMW', lusaka: 'ZMW', malawi: 'MWK', malawian: 'MWK', lilongwe: 'MWK', blantyre: 'MWK',
  // Emerging-market business news names the country or its capital, not the currency's adjective:
  // "Czech utility CEZ … 135 billion crowns", "Chilean retailer Falabella … 210 billion pesos",
  // "CAIRO - … 9.1 billion pounds" (the Egyptian pound; Britain's places keep sterling's).
  czech: 'CZK', prague: 'CZK', brno: 'CZK', iceland: 'ISK', icelandic: 'ISK', reykjavik: 'ISK',
  chilean: 'CLP', santiago: 'CLP', colombian: 'COP', medellin: 'COP', medellín: 'COP', argentinian: 'ARS',
  karachi: 'PKR', lahore: 'PKR', islamabad: 'PKR', colombo: 'LKR', 'sri lankan': 'LKR', nepal: 'NPR', nepali: 'NPR', nepalese: 'NPR', kathmandu: 'NPR',
  jordanian: 'JOD', amman: 'JOD', bahraini: 'BHD', manama: 'BHD', tunisian: 'TND', tunis: 'TND', algerian: 'DZD', algiers: 'DZD', libyan: 'LYD', baghdad: 'IQD',
  qatari: 'QAR', omani: 'OMR', muscat: 'OMR', yemen: 'YER', yemeni: 'YER', tehran: 'IRR', lebanese: 'LBP', beirut: 'LBP',
  britain: 'GBP', british: 'GBP', london: 'GBP', england: 'GBP', scotland: 'GBP', scottish: 'GBP', wales: 'GBP', welsh: 'GBP',
};

/**
 * Short forms glued before the number, with a capital ("N1.6 trillion", "Sh16.7 billion",
 * "Dh8.12", "W1,500", "K217 billion"), as Nigerian, East African, Gulf, Korean and Zambian or
 * Malawian papers write the naira, the shilling, the dirham, the won and the kwacha. Like the rand's "R", each is weak: it needs a scale or a
 * place of its currency named in the text ("N95 masks" stays a mask, "W2 forms" a form).
 */
export const GLUED_SHORT_FORMS: Readonly<Record<string, CurrencyFamily>> = { n: 'naira', sh: 'schilling', shs: 'schilling', dh: 'dirham', w: 'won', k: 'kwacha' };

/**
 * Short forms written before the number spaced or glued, with a capital: "Dh 24.3 billion"
 * (the Gulf papers' dirham), "Ps 18.3 billion" (Mexican reports' peso), "TL 301.25" (the
 * Turkish lira). Weak like the glued ones: a scale or a place of the currency named in the text,
 * and spaced, always the place ("Lot Dh 12 billion" is a lot).
 */
export const SPACED_SHORT_FORMS: Readonly<Record<string, { readonly family: CurrencyFamily; readonly gluedScaled?: true; readonly titleCase?: true; readonly nameEnd?: true }>> = {
  dh: { family: 'dirham' },
  // East Africa's plural, as Kampala's and Nairobi's papers write it ("Shs 29.7 trillion", "Shs562 billion").
  shs: { family: 'schilling' },
  // Glued, only with a scale ("Ps12.3 billion"; "PS5" is a console), and never all in capitals ("PS 5").
  ps: { family: 'peso', gluedScaled: true, titleCase: true }, 'ps.': { family: 'peso', gluedScaled: true, titleCase: true },
  tl: { family: 'lira', gluedScaled: true },
  // The rupee's singular, Indian papers' "a face value of Re 1", "Re 0.50 a share" (title case,
  // where the text names the rupee; not the end of a reinsurer's name: "Munich Re 1.5% stake").
  re: { family: 'rupee', titleCase: true, nameEnd: true },
};

/** Of those, the ones also written after the number ("18.4 billion TL"). */
export const SHORT_FORMS_AFTER: Readonly<Record<string, CurrencyFamily>> = { tl: 'lira' };

/**
 * Currencies whose word meant no currency before a day: "euro" was chosen as the name on
 * 15 December 1995, so "13 Euro-MTN programs" or "6.93 EURO DOLLAR" in a 1987 story is no
 * amount. (Only names with no earlier currency behind them: a new lira or kwacha had an old
 * one of the same word.)
 */
export const NAMED_SINCE: Readonly<Record<string, string>> = { EUR: '1995-12-15' };
