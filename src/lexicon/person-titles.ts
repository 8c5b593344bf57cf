/**
 * Words for people's roles: a name after or containing one is a person ("chairman Jean Dupont",
 * "co-founder Arvind Kulkarni"), who speaks of figures and owns none of a company's. Data only;
 * read by attribution's subject rules and its name evidence.
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set(['chairman', 'chairwoman', 'chairperson', 'chief', 'executive', 'president', 'governor', 'minister', 'director', 'analyst', 'spokesman', 'spokeswoman',
  'spokesperson', 'ceo', 'cfo', 'coo', 'cto', 'head', 'secretary', 'economist', 'founder', 'co-founder', 'cofounder', 'officer', 'manager', 'editor', 'senator', 'treasurer', 'chancellor',
  // players, coaches and performers, as sports and entertainment business news writes them: "pitcher Kenji Ota", "winger Tom Hale"
  'pitcher', 'shortstop', 'outfielder', 'quarterback', 'striker', 'midfielder', 'winger', 'defender', 'goalkeeper', 'coach', 'commissioner', 'actor', 'actress', 'singer', 'rapper']);

/**
 * Titles of a government's officials: one speaks for the government of the place named before
 * them ("Britain's finance minister Rachel Reeves announced £40 billion of tax rises", "In
 * Chicago, Mayor Brandon Johnson faces a budget gap"), whose budget it is. ("President" and
 * "governor" are also a company's or a central bank's, so they are not listed.)
 */
export const GOVERNMENT_TITLES: ReadonlySet<string> = new Set(['minister', 'treasurer', 'chancellor', 'mayor', 'premier']);

/**
 * What a firm manages, written before "manager": "fund manager", "asset manager", "investment
 * manager" name a firm's trade ("British fund manager Thamesbridge Investors"), not only a role.
 */
export const MANAGED_THINGS: ReadonlySet<string> = new Set(['fund', 'asset', 'investment', 'wealth', 'money', 'property', 'portfolio']);

/**
 * Months' names that are also first names ("Chief financial officer Jan Oster", "analyst May
 * Chen"): read as a first name only right after a title (attribution's names).
 */
export const MONTH_FIRST_NAMES: ReadonlySet<string> = new Set(['jan', 'may', 'june', 'april', 'august']);
