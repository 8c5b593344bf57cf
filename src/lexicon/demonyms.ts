/**
 * Countries by the adjective news writes before an economy's measures: "Philippine inflation",
 * "West German unemployment", "Japanese exports". The figure belongs to the country, and a
 * reader (or a gold annotator) names the country, not the adjective, so attribution reports
 * the country's name. Lower-case keys; two-word keys for the adjectives that need both words.
 */
export const DEMONYM_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['afghan', 'Afghanistan'], ['albanian', 'Albania'], ['algerian', 'Algeria'], ['american', 'United States'],
  ['argentine', 'Argentina'], ['argentinian', 'Argentina'], ['australian', 'Australia'], ['austrian', 'Austria'],
  ['bangladeshi', 'Bangladesh'], ['belgian', 'Belgium'], ['bolivian', 'Bolivia'], ['brazilian', 'Brazil'],
  ['british', 'Britain'], ['bulgarian', 'Bulgaria'], ['canadian', 'Canada'], ['chilean', 'Chile'],
  ['chinese', 'China'], ['colombian', 'Colombia'], ['croatian', 'Croatia'], ['cuban', 'Cuba'],
  ['cypriot', 'Cyprus'], ['czech', 'Czech Republic'], ['danish', 'Denmark'], ['dutch', 'Netherlands'],
  ['ecuadorian', 'Ecuador'], ['egyptian', 'Egypt'], ['estonian', 'Estonia'], ['ethiopian', 'Ethiopia'],
  ['filipino', 'Philippines'], ['finnish', 'Finland'], ['french', 'France'], ['german', 'Germany'],
  ['ghanaian', 'Ghana'], ['greek', 'Greece'], ['hungarian', 'Hungary'], ['icelandic', 'Iceland'],
  ['indian', 'India'], ['indonesian', 'Indonesia'], ['iranian', 'Iran'], ['iraqi', 'Iraq'],
  ['irish', 'Ireland'], ['israeli', 'Israel'], ['italian', 'Italy'], ['jamaican', 'Jamaica'],
  ['japanese', 'Japan'], ['jordanian', 'Jordan'], ['kenyan', 'Kenya'], ['kuwaiti', 'Kuwait'],
  ['latvian', 'Latvia'], ['lebanese', 'Lebanon'], ['libyan', 'Libya'], ['lithuanian', 'Lithuania'],
  ['malaysian', 'Malaysia'], ['mexican', 'Mexico'], ['moroccan', 'Morocco'], ['nigerian', 'Nigeria'],
  ['norwegian', 'Norway'], ['pakistani', 'Pakistan'], ['peruvian', 'Peru'], ['philippine', 'Philippines'],
  ['polish', 'Poland'], ['portuguese', 'Portugal'], ['qatari', 'Qatar'], ['romanian', 'Romania'],
  ['russian', 'Russia'], ['saudi', 'Saudi Arabia'], ['serbian', 'Serbia'], ['singaporean', 'Singapore'],
  ['slovak', 'Slovakia'], ['slovenian', 'Slovenia'], ['soviet', 'Soviet Union'], ['spanish', 'Spain'],
  ['swedish', 'Sweden'], ['swiss', 'Switzerland'], ['taiwanese', 'Taiwan'], ['thai', 'Thailand'],
  ['tunisian', 'Tunisia'], ['turkish', 'Turkey'], ['ukrainian', 'Ukraine'], ['uruguayan', 'Uruguay'],
  ['venezuelan', 'Venezuela'], ['vietnamese', 'Vietnam'], ['zambian', 'Zambia'], ['zimbabwean', 'Zimbabwe'],
  ['west german', 'West Germany'], ['east german', 'East Germany'], ['south korean', 'South Korea'],
  ['north korean', 'North Korea'], ['south african', 'South Africa'], ['sri lankan', 'Sri Lanka'],
  ['new zealand', 'New Zealand'],
  // Emerging markets of Africa, the Gulf and Latin America ("Angolan inflation", "Omani output");
  // the Emirates as their own press names them.
  ['emirati', 'UAE'], ['omani', 'Oman'], ['bahraini', 'Bahrain'], ['yemeni', 'Yemen'], ['syrian', 'Syria'], ['sudanese', 'Sudan'],
  ['angolan', 'Angola'], ['ivorian', 'Ivory Coast'], ['senegalese', 'Senegal'], ['cameroonian', 'Cameroon'], ['tanzanian', 'Tanzania'],
  ['ugandan', 'Uganda'], ['rwandan', 'Rwanda'], ['mozambican', 'Mozambique'], ['namibian', 'Namibia'], ['malawian', 'Malawi'],
  ['paraguayan', 'Paraguay'], ['panamanian', 'Panama'], ['guatemalan', 'Guatemala'], ['honduran', 'Honduras'], ['salvadoran', 'El Salvador'],
  ['costa rican', 'Costa Rica'], ['dominican', 'Dominican Republic'], ['kazakh', 'Kazakhstan'], ['uzbek', 'Uzbekistan'],
]);

/** The same table keyed by the adjective as written with capitals ("British", "West German"). */
export const DEMONYM_COUNTRIES_WRITTEN: ReadonlyMap<string, string> = new Map(
  [...DEMONYM_COUNTRIES].map(([d, c]) => [d.replace(/(^|\s)\S/g, (x) => x.toUpperCase()), c]),
);

/** The countries of the table as written ("West Germany"), and lower-cased, for places the lexicon may lack. */
export const DEMONYM_COUNTRY_NAMES: ReadonlySet<string> = new Set(DEMONYM_COUNTRIES.values());
export const DEMONYM_COUNTRY_NAMES_LOWER: ReadonlySet<string> = new Set([...DEMONYM_COUNTRY_NAMES].map((c) => c.toLowerCase()));

/** The currency union's names, an economy like a country's: "Euro zone growth was trimmed", "euro area inflation". Lower case. */
export const CURRENCY_UNION_NAMES: ReadonlySet<string> = new Set(['euro zone', 'euro area', 'eurozone']);

/**
 * Two-word adjectives of world regions ("a Middle Eastern sovereign fund", "North American
 * buyers"): before a common noun they say what kind of thing it is, and name no one.
 */
export const REGION_ADJECTIVES: ReadonlySet<string> = new Set([
  'middle eastern', 'far eastern', 'north american', 'south american', 'latin american', 'central american',
  'southeast asian', 'south east asian', 'east asian', 'south asian', 'central asian',
  'north african', 'west african', 'east african', 'southern african', 'central european', 'eastern european', 'western european', 'northern european', 'southern european',
]);

/**
 * Capitals the press writes for their country's government: "Berlin expects its economy to grow
 * 0.2%", "Beijing has set a growth target of around 5%". Read only for an economy's growth and
 * outlook, never its prices ("Tokyo's core CPI" is the city's). As written → the country.
 */
export const CAPITAL_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['Beijing', 'China'], ['Berlin', 'Germany'], ['Paris', 'France'], ['Washington', 'U.S.'], ['Ottawa', 'Canada'], ['Canberra', 'Australia'],
  ['Rome', 'Italy'], ['Madrid', 'Spain'], ['Moscow', 'Russia'], ['New Delhi', 'India'], ['Brasilia', 'Brazil'], ['Ankara', 'Turkey'],
  ['Seoul', 'South Korea'], ['Pretoria', 'South Africa'], ['Tokyo', 'Japan'], ['Wellington', 'New Zealand'], ['Warsaw', 'Poland'],
  ['Budapest', 'Hungary'], ['Riyadh', 'Saudi Arabia'], ['Jakarta', 'Indonesia'], ['Athens', 'Greece'], ['Lisbon', 'Portugal'],
  ['Dublin', 'Ireland'], ['Bern', 'Switzerland'], ['Stockholm', 'Sweden'], ['Oslo', 'Norway'], ['Kyiv', 'Ukraine'], ['Cairo', 'Egypt'],
  ['Abuja', 'Nigeria'], ['Nairobi', 'Kenya'], ['Islamabad', 'Pakistan'], ['Hanoi', 'Vietnam'], ['Bangkok', 'Thailand'], ['Manila', 'Philippines'],
]);
