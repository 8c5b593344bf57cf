import { describe, expect, it } from 'vitest';
import { extract, type MoneyFigure } from '../../src/index';

const money = (text: string, referenceDate?: string): MoneyFigure[] =>
  extract(text, { kinds: ['money'], ...(referenceDate ? { referenceDate } : {}) }) as MoneyFigure[];

/** [sentence, figure text, currency, exact amount, exact high end?] */
type Row = [string, string, string | null, string, string?];

const check = ([sentence, text, currency, amount, max]: Row, referenceDate?: string): void => {
  const found = money(sentence, referenceDate);
  const f = found.find((x) => x.text === text);
  expect(f, `${text} in ${JSON.stringify(found.map((x) => x.text))}`).toBeDefined();
  expect(f!.currency).toBe(currency);
  expect(f!.amountExact).toBe(amount);
  expect(f!.amount).toBe(Number(amount));
  expect(sentence.slice(f!.span.start, f!.span.end)).toBe(text);
  if (max) expect(f!.amountMaxExact).toBe(max);
  else expect(f!.amountMax).toBeUndefined();
};

describe('money: currency before the number', () => {
  it.each<Row>([
    ['Orders reached $5.2bn last year.', '$5.2bn', 'USD', '5200000000'],
    ['It raised US$3.4 billion from investors.', 'US$3.4 billion', 'USD', '3400000000'],
    ['The bond pays USD34.6 million a year.', 'USD34.6 million', 'USD', '34600000'],
    ['A USD 5m facility was signed.', 'USD 5m', 'USD', '5000000'],
    ['The EUR 1.2bn deal closed.', 'EUR 1.2bn', 'EUR', '1200000000'],
    // Major codes in lower case, as chat writes them.
    ['send me eur 40 tonight', 'eur 40', 'EUR', '40'],
    ['A ticket is zł 20 at the door.', 'zł 20', 'PLN', '20'],
    ['it was 15 usd at the door', '15 usd', 'USD', '15'],
    ['Sales hit €2.5bn.', '€2.5bn', 'EUR', '2500000000'],
    ['The club paid £3m for him.', '£3m', 'GBP', '3000000'],
    ['Rents rose to HK$48,000 a month.', 'HK$48,000', 'HKD', '48000'],
    ['A tour in Belize costs BZ$180.', 'BZ$180', 'BZD', '180'],
    ['Windhoek fares rose to N$25.', 'N$25', 'NAD', '25'],
    ['The grant is 40,000 Eastern Caribbean dollars.', '40,000 Eastern Caribbean dollars', 'XCD', '40000'],
    ['The miner earned A$1.1 billion.', 'A$1.1 billion', 'AUD', '1100000000'],
    ['A C$250 million contract.', 'C$250 million', 'CAD', '250000000'],
    ['It spent S$80m on the port.', 'S$80m', 'SGD', '80000000'],
    ['The fab costs NT$300 billion.', 'NT$300 billion', 'TWD', '300000000000'],
    ['Revenue was R$4.5 billion.', 'R$4.5 billion', 'BRL', '4500000000'],
    ['Exports earned NZ$2bn.', 'NZ$2bn', 'NZD', '2000000000'],
    ['It lost RMB7.8 billion in the half.', 'RMB7.8 billion', 'CNY', '7800000000'],
    ['A CNY 500 million loan.', 'CNY 500 million', 'CNY', '500000000'],
    ['Tickets cost ¥1,200.', '¥1,200', 'JPY', '1200'],
    ['Capex of ₹1.2 lakh crore is planned.', '₹1.2 lakh crore', 'INR', '1200000000000'],
    ['The contract is worth Rs16,189-crore.', 'Rs16,189-crore', 'INR', '161890000000'],
    ['The contract is worth Rs.16,189-crore.', 'Rs.16,189-crore', 'INR', '161890000000'],
    ['A fine of CHF 45 million.', 'CHF 45 million', 'CHF', '45000000'],
    ['It bought SEK 900m of bonds.', 'SEK 900m', 'SEK', '900000000'],
    ['Wages of ₩3.5 million a month.', '₩3.5 million', 'KRW', '3500000'],
    ['Deposits of $10K are insured.', '$10K', 'USD', '10000'],
    ['A $790M charge hit results.', '$790M', 'USD', '790000000'],
    ['A $2.5T economy.', '$2.5T', 'USD', '2500000000000'],
    ['A $1.2-billion deal.', '$1.2-billion', 'USD', '1200000000'],
    // Tokenised text spaces the letter from the "$" where the letter is no word of its own.
    ['tickets cost r $ 50 each', 'r $ 50', 'BRL', '50'],
    ['a fare of s $ 40', 's $ 40', 'SGD', '40'],
    ['a bill of c $ 40', 'c $ 40', 'CAD', '40'],
    // The rand's "R": glued, with a scale, or where the text names the rand.
    ['The Treasury will draw R150 billion from reserves.', 'R150 billion', 'ZAR', '150000000000'],
    ['In South Africa a ticket costs R50.', 'R50', 'ZAR', '50'],
    // The naira's "N", the shilling's "Sh" and the dirham's "Dh" follow the same rule.
    ['The lender booked N2.4 trillion of loans.', 'N2.4 trillion', 'NGN', '2400000000000'],
    ['In Abuja a litre of diesel sells for N1,150.', 'N1,150', 'NGN', '1150'],
    ['The Nairobi brewer paid Sh3.8 billion in excise.', 'Sh3.8 billion', 'KES', '3800000000'],
    ['Kampala traders pay Sh500 a day for a stall.', 'Sh500', 'UGX', '500'],
    ['A Dubai villa fetched Dh41 million.', 'Dh41 million', 'AED', '41000000'],
    ['Casablanca taxis charge Dh7.5 a kilometre.', 'Dh7.5', 'MAD', '7.5'],
    // The won's "W", as Korean papers write it: with a scale, or where the text names Korea.
    ['The Seoul chipmaker will pay W1,200 a share.', 'W1,200', 'KRW', '1200'],
    ['The carmaker set aside W2.3 trillion for recalls.', 'W2.3 trillion', 'KRW', '2300000000000'],
    // A country's letters before the sign or the shilling: "E£", "GH¢", "TSh", "USh".
    ['The canal earned E£9.2bn in tolls.', 'E£9.2bn', 'EGP', '9200000000'],
    ['Cocoa exports brought in GH¢4.1 billion.', 'GH¢4.1 billion', 'GHS', '4100000000'],
    ['The port handled cargo worth TSh310bn.', 'TSh310bn', 'TZS', '310000000000'],
    ['Coffee farmers were paid USh2,400 a kilo.', 'USh2,400', 'UGX', '2400'],
    ['The Dhaka utility will invest Tk 1,250 crore.', 'Tk 1,250 crore', 'BDT', '12500000000'],
    // Hungary's "Ft" before the number, spaced or glued, with a scale.
    ['The Budapest lender expects a windfall levy of Ft 48bn.', 'Ft 48bn', 'HUF', '48000000000'],
    ['The state paid Ft120 million in grants.', 'Ft120 million', 'HUF', '120000000'],
  ])('%s', (...row) => check(row));

  it.each([
    'It costs R50.', 'The R2-D2 droid', 'A fee of R 150 billion', 'r150 billion',
    'The trail climbs 3,000 ft above the lake.', 'Ft 200 feet up', 'The fort (ft 12 million) stood.',
    'Staff wore N95 masks.', 'Nurses in Lagos wore N95 masks.', 'Take the N7 to the coast.', 'Route Sh40 was shut.', 'He scored n10 billion points.', 'Lot Dh 12 billion was sold.',
    'Staff in Seoul filed W2 forms.', 'The W1200 guitar amp from Korea.', 'A fee of W 1,500 in Korea.',
  ])('no rand, naira, shilling, dirham, won or forint in "%s"', (sentence) => {
    expect(money(sentence)).toEqual([]);
  });

  it('reads a spaced letter-and-$ only before its number, not as the unit after another number', () => {
    expect(money('see page 3 s $ 40').map((f) => [f.text, f.currency, f.amountExact])).toEqual([['s $ 40', 'SGD', '40']]);
  });

  it.each([
    // An article, a possessive's "s" and a letter glued to a full stop are not prefixes.
    ['a $ 40 fee', '$ 40'],
    ["the firm ' s $ 40 fee", '$ 40'],
    ['the plan B $ 40 option', '$ 40'],
  ])('%s: only the "$" amount', (sentence, text) => {
    const found = money(sentence);
    expect(found.map((f) => [f.text, f.currency])).toEqual([[text, 'USD']]);
  });
});

describe('money: currency after the number', () => {
  it.each<Row>([
    ['Revenue fell to 39.4 billion Chinese yuan.', '39.4 billion Chinese yuan', 'CNY', '39400000000'],
    ['They paid 5 million euros.', '5 million euros', 'EUR', '5000000'],
    ['A deal for 2.3 billion pounds sterling.', '2.3 billion pounds sterling', 'GBP', '2300000000'],
    ['Profit was 800 billion won.', '800 billion won', 'KRW', '800000000000'],
    ['It cost 40 lakh rupees.', '40 lakh rupees', 'INR', '4000000'],
    ['A fee of 12,000 Swiss francs.', '12,000 Swiss francs', 'CHF', '12000'],
    ['Reserves of 9 billion Kuwaiti dinars.', '9 billion Kuwaiti dinars', 'KWD', '9000000000'],
    ['Net income was 3.5 mln dlrs.', '3.5 mln dlrs', 'USD', '3500000'],
    // The wire's shorter "dls" now and then.
    ['Tariffs of up to 45 mln dls were threatened.', '45 mln dls', 'USD', '45000000'],
    ['The workstation sells for 18,500 dls.', '18,500 dls', 'USD', '18500'],
    ['The dividend is 22 cts a share.', '22 cts', 'USD', '0.22'],
    ['Profit of 40 mln stg.', '40 mln stg', 'GBP', '40000000'],
    ['Sales of 1.2 billion yen.', '1.2 billion yen', 'JPY', '1200000000'],
    ['A cup costs 20€ there.', '20€', 'EUR', '20'],
    ['It sold for 75 USD.', '75 USD', 'USD', '75'],
    ['The loan was 300 mln Canadian dlrs.', '300 mln Canadian dlrs', 'CAD', '300000000'],
    ['It took a 180 mln H.K. Dlr loan.', '180 mln H.K. Dlr', 'HKD', '180000000'],
    ['The board set a rebate of 48.25 Ecus per 100 kilos.', '48.25 Ecus', 'XEU', '48.25'],
    ['A 150 mln ECU eurobond was priced at par.', '150 mln ECU', 'XEU', '150000000'],
    ['Shr 31.5 H.K. Cents vs 27', '31.5 H.K. Cents', 'HKD', '0.315'],
    ['Der Umsatz lag bei 5,6 Mrd. Euro.', '5,6 Mrd. Euro', 'EUR', '5600000000'],
  ])('%s', (...row) => check(row));
});

describe('money: official names as texts write them (other demonyms, no accents, irregular plurals)', () => {
  it.each<Row>([
    ['The ride cost 9,000 Uzbek som.', '9,000 Uzbek som', 'UZS', '9000'],
    ['A permit is 250 Botswana pula.', '250 Botswana pula', 'BWP', '250'],
    ['Tolls run 15 Trinidad and Tobago dollars.', '15 Trinidad and Tobago dollars', 'TTD', '15'],
    ['Lunch was 6,500 Costa Rican colones.', '6,500 Costa Rican colones', 'CRC', '6500'],
    ['It fetched 300 Costa Rican colon.', '300 Costa Rican colon', 'CRC', '300'],
    ['A guide asks 60 Guatemalan quetzales.', '60 Guatemalan quetzales', 'GTQ', '60'],
    ['The fare is 12,000 Paraguayan guaranies.', '12,000 Paraguayan guaranies', 'PYG', '12000'],
    ['Entry is 25 Peruvian soles.', '25 Peruvian soles', 'PEN', '25'],
    ['A coffee is 4 Bulgarian leva.', '4 Bulgarian leva', 'BGN', '4'],
    ['The tram costs 150 Kazakh tenge.', '150 Kazakh tenge', 'KZT', '150'],
    ['Parking is 4 Singaporean dollars.', '4 Singaporean dollars', 'SGD', '4'],
    ['The fine was 250 new shekels.', '250 new shekels', 'ILS', '250'],
    ['A pass costs Kč 120.', 'Kč 120', 'CZK', '120'],
    ['The scarf costs ৳750.', '৳750', 'BDT', '750'],
    ['A bus ticket is 500 Burmese kyat.', '500 Burmese kyat', 'MMK', '500'],
    ['The trek permit costs 3,000 Nepali rupees.', '3,000 Nepali rupees', 'NPR', '3000'],
    ['The stall asked 200 Mozambican meticais.', '200 Mozambican meticais', 'MZN', '200'],
    ['A room is 90 Bosnian marks a night.', '90 Bosnian marks', 'BAM', '90'],
  ])('%s', (...row) => check(row));
});

describe('money: spelled-out numbers, fractions, minor units', () => {
  it.each<Row>([
    ['They asked two billion dollars for it.', 'two billion dollars', 'USD', '2000000000'],
    ['The house went for half a million pounds.', 'half a million pounds', 'GBP', '500000'],
    ['The flat sold for three quarters of a million dollars.', 'three quarters of a million dollars', 'USD', '750000'],
    // Not a fraction of an amount: "three quarters of the 40 dollars" is 40 dollars.
    ['Three quarters of the 40 dollars went on rent.', '40 dollars', 'USD', '40'],
    ['A grant of ten million dollars.', 'ten million dollars', 'USD', '10000000'],
    ['Shares closed at 3-3/4 dlrs.', '3-3/4 dlrs', 'USD', '3.75'],
    ['A stamp costs 8 cents.', '8 cents', 'USD', '0.08'],
    ['The share price fell to 21.5p.', '21.5p', 'GBP', '0.215'],
    ['Crude rose 1.20 cents a gallon.', '1.20 cents', 'USD', '0.012'],
    ['It pays $45.20 a share.', '$45.20', 'USD', '45.2'],
    ['It came to twenty dollars and 43 cents.', 'twenty dollars and 43 cents', 'USD', '20.43'],
    ['A bid of two and a half million dollars.', 'two and a half million dollars', 'USD', '2500000'],
    ['A bid of 3 and a half million dollars.', '3 and a half million dollars', 'USD', '3500000'],
    ['A deal worth one point five billion dollars.', 'one point five billion dollars', 'USD', '1500000000'],
    // The decimal point spoken after digits.
    ['The ticket was 3 point 5 dollars.', '3 point 5 dollars', 'USD', '3.5'],
    ['The club paid £7½ million for him.', '£7½ million', 'GBP', '7500000'],
    ['Stock closed at 12¼ dlrs.', '12¼ dlrs', 'USD', '12.25'],
    ['A stamp costs 80 euro cents.', '80 euro cents', 'EUR', '0.8'],
    ['Seats cost CN¥380 each.', 'CN¥380', 'CNY', '380'],
    // "a" counts as "one" before hundred, thousand…, and the number reads on.
    ['The repair came to a hundred and forty dollars.', 'a hundred and forty dollars', 'USD', '140'],
    // A spelled-out whole amount takes its cents.
    ['The fare was three hundred dollars and fifteen cents.', 'three hundred dollars and fifteen cents', 'USD', '300.15'],
    // A minor unit with its country: the adjective names the currency.
    ['Posted prices rose 64 Canadian cts a barrel.', '64 Canadian cts', 'CAD', '0.64'],
    ['The duty is 84.9 U.S. cents a bushel.', '84.9 U.S. cents', 'USD', '0.849'],
    ['Zinc rose by one Canadian cent a pound.', 'one Canadian cent', 'CAD', '0.01'],
    ['Lead fell 1/2 Canadian cts per pound.', '1/2 Canadian cts', 'CAD', '0.005'],
    ['Bread rose 20 Swiss centimes.', '20 Swiss centimes', 'CHF', '0.2'],
    // US cents glued after the country, as Australian reports quote their dollar.
    ['The Aussie closed at US67.15c on Tuesday.', 'US67.15c', 'USD', '0.6715'],
    ['The kiwi dollar bought US59c.', 'US59c', 'USD', '0.59'],
    ['The note pays 10 pence sterling a share.', '10 pence sterling', 'GBP', '0.1'],
    // One-word names of one currency, after the number.
    ['Tickets were 500 reais each.', '500 reais', 'BRL', '500'],
    ['A coffee costs 3 leva.', '3 leva', 'BGN', '3'],
    ['He lent me 20 quid.', '20 quid', 'GBP', '20'],
    ['Bread costs 5 zł now.', '5 zł', 'PLN', '5'],
    ['Exports reached 2.4 billion taka.', '2.4 billion taka', 'BDT', '2400000000'],
    // Weak words ("won", "marks", "rand") read as money with thousands groups, else need a scale or a place.
    ['Shares fell 1,500 won to 38,600.', '1,500 won', 'KRW', '1500'],
    ['Notes come in 1,000 marks.', '1,000 marks', 'DEM', '1000'],
    // … or the same word after a scale elsewhere in the text.
    ['Turnover rose to 4.2 billion marks. The dividend stays at seven marks.', 'seven marks', 'DEM', '7'],
    ['Net profit 80 billion won vs 71 billion.\nDiv 60 won vs 50 won', '60 won', 'KRW', '60'],
  ])('%s', (...row) => check(row, '1987-05-01'));

  // The same phrasings in euros, on a date the euro existed ("euros" in 1987 is no currency).
  it.each<Row>([
    ['Its debts reached two-thirds of a billion euros.', 'two-thirds of a billion euros', 'EUR', '666666666.667'],
    ['A fine of 2 point 25 million euros.', '2 point 25 million euros', 'EUR', '2250000'],
    ['She won a thousand three hundred euros.', 'a thousand three hundred euros', 'EUR', '1300'],
    ['The bill came to two hundred euros and five cents.', 'two hundred euros and five cents', 'EUR', '200.05'],
  ])('%s', (...row) => check(row, '2024-05-01'));

  it.each(['The team won 3 games.', 'She got 5 marks.', 'Production of 256K DRAM chips fell.', 'The Dow crossed the 2,000 mark.', 'Some 12,000 won awards.', 'The gilt was issued at 96 stg pct.', 'The US60 highway and the US5 plan.', 'It is partly paid, 25 dlrs per cent on application.'])('leaves look-alikes alone: %s', (sentence) => {
    expect(money(sentence, '1987-05-01')).toEqual([]);
  });

  it('keeps sterling British after another pound is named', () => {
    const found = money('The bid was one Irish penny a share. Profits were 182 mln stg on sales of 1.75 billion pounds sterling.', '1987-06-01');
    expect(found.map((f) => [f.text, f.currency])).toEqual([
      ['one Irish penny', 'IEP'], ['182 mln stg', 'GBP'], ['1.75 billion pounds sterling', 'GBP'],
    ]);
  });

  it('reads a bare minor unit after an explicit one in that currency', () => {
    const found = money('The Canadian dollar rose to 76.85 U.S. cts after closing at 76.58 cts.');
    expect(found.map((f) => [f.text, f.currency])).toEqual([['76.85 U.S. cts', 'USD'], ['76.58 cts', 'USD']]);
  });

  it.each([
    ['Bullion rose to 409.40/90 dlrs from 405 dlrs.', ['405 dlrs']],
    ['The dollar closed at 151.50/60 yen.', []],
    ['Stocks rose 1/4 to 14 dlrs a share.', ['14 dlrs']],
  ])('does not read the second half of a quote as an amount: %s', (sentence, texts) => {
    expect(money(sentence).map((f) => f.text)).toEqual(texts);
  });

  it.each([
    ['It pays $45.20 a share.', 'share'],
    ['It pays $2,000 a month.', 'month'],
    ['It earns $5 million per year.', 'year'],
    ['Costs of $5.5bn/year.', 'year'],
    ['Sales of $5m a year earlier.', undefined],
    ['It earned $2.10 per share on an adjusted basis.', 'share'],
    ['It pays $1.30 per share from May.', 'share'],
    // "a share" before "from"/"on": still per share (only a unit of time makes a comparison)
    ['The bidder lifted its offer to $5.12 a share from $4.80.', 'share'],
    ['Holders will receive 640p a share on completion.', 'share'],
    ['Brent settled at $71.20 a barrel on Friday.', 'barrel'],
    ['Costs were $3m a month earlier.', undefined],
    // the kind of share between "per" and "share"
    ['Net income was $1.12 per diluted share.', 'diluted share'],
    ['Adjusted EPS was 21.3p a basic share.', 'basic share'],
    // "for each share": what a holder gets or pays per share
    ['Holders will get 512p for each share they own.', 'share'],
    ['The rights let investors buy stock at $14 for every share held.', 'share'],
    // words that only qualify the unit, and units of energy
    ['Lead traded at $2,010 a metric ton.', 'ton'],
    ['Platinum fetched $1,020 per troy ounce.', 'ounce'],
    ['Ore fetched $94 per wet metric tonne.', 'tonne'],
    ['The day-ahead contract was 80 pence a therm.', 'therm'],
    ['Sales of $5 million a long time ago.', undefined],
    // floor space and land after "a": read as the unit's first word
    ['Offices on the avenue let for $74 a square foot.', 'square'],
    ['Farmland near the river sold for $8,400 an acre.', 'acre'],
  ])('marks per-unit amounts: %s', (sentence, per) => {
    expect(money(sentence)[0]!.per).toBe(per);
  });
});

describe('money: ranges', () => {
  it.each<Row>([
    ['A charge of $5-6 billion is likely.', '$5-6 billion', 'USD', '5000000000', '6000000000'],
    // "to" hyphenated between the ends joins them as a dash does.
    ['A charge of $5-to-$6 billion is likely.', '$5-to-$6 billion', 'USD', '5000000000', '6000000000'],
    ['Analysts see earnings of 8.25-to-8.50 dollars a share.', '8.25-to-8.50 dollars', 'USD', '8.25', '8.5'],
    ['The fine could reach five-to-six million dollars.', 'five-to-six million dollars', 'USD', '5000000', '6000000'],
    // "from X to Y" with the unit on both ends: a range where the words say so, or opening the text.
    ['Seats range from $40 to $310.', 'from $40 to $310', 'USD', '40', '310'],
    ['from 15 dollars to 25 dollars', 'from 15 dollars to 25 dollars', 'USD', '15', '25'],
    // Spoken "from X and Y" where "from" opens the range.
    ['from two and three dollars', 'from two and three dollars', 'USD', '2', '3'],
    // After "cost" as a verb of price; not the noun after a change ("cut costs from …"), below.
    ['A night in the lodge costs from €95 to €160.', 'from €95 to €160', 'EUR', '95', '160'],
    ['Guided tours will cost from 30 dollars to 45 dollars.', 'from 30 dollars to 45 dollars', 'USD', '30', '45'],
    ['Costs of $5bn-$6bn are expected.', '$5bn-$6bn', 'USD', '5000000000', '6000000000'],
    ['It will cost between €2 billion and €3 billion.', 'between €2 billion and €3 billion', 'EUR', '2000000000', '3000000000'],
    ['Beans sold at 340 to 350 cruzados a bag.', '340 to 350 cruzados', 'BRC', '340', '350'],
    // A spelled high end that counts one magnitude shares it with a bare low end.
    ['The new roof will cost five to ten million dollars.', 'five to ten million dollars', 'USD', '5000000', '10000000'],
    ['A used van goes for twenty to thirty thousand dollars.', 'twenty to thirty thousand dollars', 'USD', '20000', '30000'],
    ['Repairs ran between two and three hundred dollars.', 'between two and three hundred dollars', 'USD', '200', '300'],
    ['Prizes are from six to eight thousand pounds.', 'from six to eight thousand pounds', 'GBP', '6000', '8000'],
    ['Fees fell between three and four billion yen.', 'between three and four billion yen', 'JPY', '3000000000', '4000000000'],
    // Not when the high end holds more than one count of its magnitude, or "hundred" after digits.
    ['Bids came in between one and two hundred thousand dollars.', 'between one and two hundred thousand dollars', 'USD', '1', '200000'],
    ['It was between 2 and three hundred dollars.', 'between 2 and three hundred dollars', 'USD', '2', '300'],
    ['Profit of ¥120-130 billion is forecast.', '¥120-130 billion', 'JPY', '120000000000', '130000000000'],
    // A glued dash between two amounts in one minor unit.
    ['Contoso sees Q3 EPS 45c-50c.', '45c-50c', 'USD', '0.45', '0.5'],
    // A forecast with its measure between, an adverb after the cue, "guidance to".
    ['CONTOSO SEES FY2025 REVENUE $9.1 BLN TO $9.4 BLN', '$9.1 BLN TO $9.4 BLN', 'USD', '9100000000', '9400000000'],
    ['Revenue guidance is now $6.35 billion to $6.45 billion.', '$6.35 billion to $6.45 billion', 'USD', '6350000000', '6450000000'],
    ['Fabrikam raises its guidance to $10.2 billion to $10.5 billion.', '$10.2 billion to $10.5 billion', 'USD', '10200000000', '10500000000'],
    // "from" an estimate held before, with both its ends: "previously", or "earlier" closing the clause.
    ['It now sees EPS of $3.05 to $3.20, from $2.90 to $3.10 previously.', '$2.90 to $3.10', 'USD', '2.9', '3.1'],
    ['Capex guidance went to £400m to £450m, from £350m to £380m earlier.', '£350m to £380m', 'GBP', '350000000', '380000000'],
    // A verb of price, perhaps past its object pronoun, before one amount with two ends.
    ['The new levy would cost them $2 billion to $2.5 billion a year.', '$2 billion to $2.5 billion', 'USD', '2000000000', '2500000000'],
    ['Each retrofit costs €40,000 to €55,000.', '€40,000 to €55,000', 'EUR', '40000', '55000'],
    // "from" right after a range a change reached: the range it replaced.
    ['Corvina Air lifted its outlook to $3.40 to $3.60 a share from $3.10 to $3.30.', '$3.10 to $3.30', 'USD', '3.1', '3.3'],
    ['The mill raised its target to €1.2 billion to €1.4 billion from €900 million to €1.1 billion.', '€900 million to €1.1 billion', 'EUR', '900000000', '1100000000'],
  ])('%s', (...row) => check(row, '1987-03-02'));

  it.each<Row>([
    ['The lamps are priced from 12 euros to 30 euros.', 'from 12 euros to 30 euros', 'EUR', '12', '30'],
    ['Seats range from 4 point 5 and six point two euros.', 'from 4 point 5 and six point two euros', 'EUR', '4.5', '6.2'],
    ['Fixing it costs 4 to twelve million euros.', '4 to twelve million euros', 'EUR', '4000000', '12000000'],
  ])('%s (euros, a date the euro existed)', (...row) => check(row, '2024-05-01'));

  it('keeps "from X to Y" a change when no range ends right before "from"', () => {
    // Words between the amounts and "from" that are no unit or per-unit tail: a new clause.
    expect(money('It sold notes at $98 to $99 and bought bonds from $95 to $97.').map((f) => f.text)).toEqual(['$98 to $99', '$95', '$97']);
  });

  it('keeps "cut costs X to Y" a change after a verb of change', () => {
    expect(money('The mill cut costs $8 million to $6 million.').map((f) => f.text)).toEqual(['$8 million', '$6 million']);
  });

  it.each(['The mill cut costs from $8 million to $6 million.', 'Their costs from $8 million to $6 million were audited.'])('keeps "costs from X to Y" after a change or a determiner as two figures: %s', (sentence) => {
    expect(money(sentence).map((f) => f.text)).toEqual(['$8 million', '$6 million']);
  });

  it('keeps a move to one level from a range of others as two figures after a single amount', () => {
    // ("to $25" is one amount, not a range: what follows "from" is a move's base and level.)
    expect(money('Its shares rose to $25 from $20 to $22 in a week.').map((f) => f.text)).toEqual(['$25', '$20', '$22']);
  });

  it('keeps a move from one level to another earlier in the day as two figures', () => {
    expect(money('Its shares slid from $41 to $38 earlier in the day.').map((f) => f.text)).toEqual(['$41', '$38']);
    // A change verb before "from": a move, even with "earlier" closing the clause.
    expect(money('Brent rose from $80 to $82 earlier, then slipped back.').map((f) => f.text)).toEqual(['$80', '$82']);
  });

  it.each([
    'It expects sales to rise $1 to $2.',
    'Sales rose $1 to $25 after the forecast.',
  ])('a change between the forecast and the amounts leaves two figures: %s', (sentence) => {
    expect(money(sentence).map((f) => f.text)).toEqual(['$1', sentence.includes('$25') ? '$25' : '$2']);
  });

  it.each([
    ['between £2 billion and $3 billion', [['£2 billion', 'GBP'], ['$3 billion', 'USD']]],
    ['It earned £40m — $52m.', [['£40m', 'GBP'], ['$52m', 'USD']]],
    ['¥5bn-$6bn', [['¥5bn', 'JPY'], ['$6bn', 'USD']]],
  ])('never joins two currencies into one range: %s', (sentence, want) => {
    expect(money(sentence).map((f) => [f.text, f.currency])).toEqual(want);
  });

  it('joins a code and a bare member of its family: HK$5bn-$6bn', () => {
    const [f] = money('HK$5bn-$6bn');
    expect([f!.currency, f!.amountExact, f!.amountMaxExact]).toEqual(['HKD', '5000000000', '6000000000']);
  });

  // "A to B" with a currency on both ends: one range where the words around introduce one amount.
  it.each<Row>([
    ['The board sees capital spending of $7.5 to $8 billion next year.', '$7.5 to $8 billion', 'USD', '7500000000', '8000000000'],
    ['The buyout could be worth £300 million to £350 million.', '£300 million to £350 million', 'GBP', '300000000', '350000000'],
    ['Tickets will be priced at $45 to $60 each.', '$45 to $60', 'USD', '45', '60'],
    ['Analysts pencil in a €1bn to €1.2bn writedown.', '€1bn to €1.2bn', 'EUR', '1000000000', '1200000000'],
    ['Fees of roughly $3 to $4 million are due.', '$3 to $4 million', 'USD', '3000000', '4000000'],
    ['Most homes sold in the $400,000 to $500,000 range.', '$400,000 to $500,000', 'USD', '400000', '500000'],
    ['The brokers expect $2.10 to $2.20 a share.', '$2.10 to $2.20', 'USD', '2.1', '2.2'],
    ['It forecast profit of 40 cts to 45 cts a share.', '40 cts to 45 cts', 'USD', '0.4', '0.45'],
    ['Costs are put at an estimated 3 mln dlrs to 4 mln dlrs.', '3 mln dlrs to 4 mln dlrs', 'USD', '3000000', '4000000'],
    // A hedge on the low end hedges one amount, unless a change word or marker comes before it.
    ['The group will put about $150 million to $200 million into the mine.', '$150 million to $200 million', 'USD', '150000000', '200000000'],
    ['Each kit should retail for roughly 2 dlrs to 3 dlrs.', '2 dlrs to 3 dlrs', 'USD', '2', '3'],
    // "to" after a word already names the level reached: the two amounts after it are its ends.
    ['We are guiding revenue to $1.62 billion to $1.68 billion.', '$1.62 billion to $1.68 billion', 'USD', '1620000000', '1680000000'],
    ['The board lifted its target to $7 to $8 a share.', '$7 to $8', 'USD', '7', '8'],
    // Money to be spent, and the other side of a comparison, is one amount with two ends.
    ['The chain will spend $400 million to $450 million on remodels.', '$400 million to $450 million', 'USD', '400000000', '450000000'],
    ['Outlays of $2.1 billion compare with guidance that said it would invest £1bn to £1.3bn.', '£1bn to £1.3bn', 'GBP', '1000000000', '1300000000'],
    ['It sees EPS of $3.10 to $3.30, versus $3.40 to $3.60 before.', '$3.40 to $3.60', 'USD', '3.4', '3.6'],
    ['Adjusted EPS came in at 41 cts vs 38 cts to 40 cts expected.', '38 cts to 40 cts', 'USD', '0.38', '0.4'],
  ])('reads a cued "A to B" as one range: %s', (...row) => check(row, '1987-03-02'));

  it.each([
    ['Shares rose $2 to $31.', [['$2', '2'], ['$31', '31']]],
    ['The target went from $5 to $7.', [['$5', '5'], ['$7', '7']]],
    ['It cut the price 50 cts to 4.50 dlrs.', [['50 cts', '0.5'], ['4.50 dlrs', '4.5']]],
    ['Deposits rose 12 mln dlrs to 310 mln dlrs.', [['12 mln dlrs', '12000000'], ['310 mln dlrs', '310000000']]],
    ['It reported an increase of $40 million to $910 million.', [['$40 million', '40000000'], ['$910 million', '910000000']]],
    ['The range of $9 to $6 was odd.', [['$9', '9'], ['$6', '6']]],
    ['Shares rose about $1 to $26.', [['$1', '1'], ['$26', '26']]],
    ['The stock slipped by roughly $2 to $30.', [['$2', '2'], ['$30', '30']]],
    ['Bids came down from about $4 to $3.', [['$4', '4'], ['$3', '3']]],
    // a number before "to" is a change's size, not a word naming the level
    ['The price rose 1 dlr to 25 dlrs to match rivals.', [['1 dlr', '1'], ['25 dlrs', '25']]],
    // a high end dated back is the base of a change, even after "to"
    ['Fares fell to 30 dlrs to 40 dlrs a year before.', [['30 dlrs', '30'], ['40 dlrs', '40']]],
  ])('keeps a change, and a high end below the low one, as two amounts: %s', (sentence, want) => {
    expect(money(sentence, '1987-03-02').map((f) => [f.text, f.amountExact, f.amountMax])).toEqual(want.map((w) => [...w, undefined]));
  });

  it.each([
    // The low end borrows the high end's scale when the two land within a factor of ten.
    ['Turnover climbed from $6.8 to $7.1 billion.', [['$6.8', '6800000000'], ['$7.1 billion', '7100000000']]],
    ['Debt fell from $3.9 to $3.2 billion.', [['$3.9', '3900000000'], ['$3.2 billion', '3200000000']]],
    // Not when that would make it hundreds of times the high end: $800 is $800.
    ['The fee rose from $800 to $1.1 million.', [['$800', '800'], ['$1.1 million', '1100000']]],
  ])('gives the low end of a change the scale it shares: %s', (sentence, want) => {
    expect(money(sentence).map((f) => [f.text, f.amountExact])).toEqual(want);
  });

  it('reads "from X to Y" with a currency on both ends as two amounts, not a range', () => {
    const found = money('Revenue rose from $5bn to $6bn.');
    expect(found.map((f) => [f.text, f.amount, f.amountMax])).toEqual([['$5bn', 5e9, undefined], ['$6bn', 6e9, undefined]]);
  });
});

describe('money: signs and number formats', () => {
  it.each<Row>([
    ['A change of -$5m in the quarter.', '-$5m', 'USD', '-5000000'],
    // A minus glued between the sign and the number.
    ['Diluted EPS was $-0.07 a share.', '$-0.07', 'USD', '-0.07'],
    ['The unit posted €-3.2bn of net flows.', '€-3.2bn', 'EUR', '-3200000000'],
    ['Free cash flow: HK$-15 million.', 'HK$-15 million', 'HKD', '-15000000'],
    ['Net cash flow was $(5.2) million.', '$(5.2) million', 'USD', '-5200000'],
    // A currency priced in whole units groups thousands with a dot.
    ['A bowl of soto costs Rp 15.000 here.', 'Rp 15.000', 'IDR', '15000'],
    ['The fare was 20.000 VND.', '20.000 VND', 'VND', '20000'],
    ['Rooms run IDR 350.000-500.000 a night.', 'IDR 350.000-500.000', 'IDR', '350000', '500000'],
    ['The dollar stood at 146.525 yen.', '146.525 yen', 'JPY', '146.525'],
    ['A fee of KWD 5.250 applies.', 'KWD 5.250', 'KWD', '5.25'],
    // Parentheses around the sign and number, the scale after them.
    ['Hedging losses were ($48) million last year.', '($48) million', 'USD', '-48000000'],
    ['The write-down came to (€2.3)billion.', '(€2.3)billion', 'EUR', '-2300000000'],
    ['other income ( $ 12 ) million .', '( $ 12 ) million', 'USD', '-12000000'],
    ['A result of £(2.4)m.', '£(2.4)m', 'GBP', '-2400000'],
    ['Total: $1,234.56 due.', '$1,234.56', 'USD', '1234.56'],
    ['Le total: €1.234,56 payé.', '€1.234,56', 'EUR', '1234.56'],
    ['Prix: 1\u00a0234,56 € net.', '1\u00a0234,56 €', 'EUR', '1234.56'],
    ["Kosten: CHF 1'234.50 total.", "CHF 1'234.50", 'CHF', '1234.5'],
    ['A bill of ₹1,23,45,678 was paid.', '₹1,23,45,678', 'INR', '12345678'],
    ['Le budget est de 1 234 567 euros.', '1 234 567 euros', 'EUR', '1234567'],
    ['Prix: €1 234,56 net.', '€1 234,56', 'EUR', '1234.56'],
    // One group is one number between a currency and a scale.
    ['Revenue was NOK 10 576 million.', 'NOK 10 576 million', 'NOK', '10576000000'],
    ['Capex was Rs. 10 576 crore.', 'Rs. 10 576 crore', 'INR', '105760000000'],
    // Tokenised text spaces a compound's hyphens: "$ 25 - million", "10 - cent".
    ['the firm made a $ 25 - million bid .', '$ 25 - million', 'USD', '25000000'],
    ['it paid a 10 - cent dividend .', '10 - cent', 'USD', '0.1'],
    ['a 40 - million - dollar plant was built .', '40 - million - dollar', 'USD', '40000000'],
    // One group that opens with a zero is no number of its own.
    ['The visa fee is 1 000 euros.', '1 000 euros', 'EUR', '1000'],
    ['A month of rent costs 45 000 rubles here.', '45 000 rubles', 'RUB', '45000'],
    ['The deposit was €2 050 in cash.', '€2 050', 'EUR', '2050'],
  ])('%s', (...row) => check(row));

  it('reads a spaced hyphen before a unit only with one space each side and a one-word unit', () => {
    expect(money('gold 874.0 mln vs 864.1 mln - special drawing rights 191.8 mln').map((f) => f.text)).toEqual([]);
    expect(money('it paid a 10  - cent dividend .').map((f) => f.text)).toEqual([]);
  });

  it('does not join plain-space groups where they could be two numbers', () => {
    expect(money('In 2019 100 people paid $5.').map((f) => f.text)).toEqual(['$5']);
    expect(money('He paid 20 500 euros').map((f) => f.text)).toEqual(['500 euros']);
    expect(money('The bill was NOK 10 576.').map((f) => f.text)).toEqual(['NOK 10']);
  });

  it('keeps amounts exact beyond float precision', () => {
    const [f] = money('Debt reached ¥1,000 trillion and ¥0.1 more.');
    expect(f!.amountExact).toBe('1000000000000000');
  });

  it('flags an ambiguous number format, choosing by the text', () => {
    const [f] = money('Le prix: €3.350 et €1.234,50.');
    expect(f!.amountExact).toBe('3350');
    expect(f!.notes?.[0]).toMatch(/groups thousands/);
  });
});

describe('money: a dollar named by its code next to the sign', () => {
  it.each<Row>([
    ['Tickets are $45 CAD at the door.', '$45 CAD', 'CAD', '45'],
    ['The grant is worth $2.5 million AUD.', '$2.5 million AUD', 'AUD', '2500000'],
    ['Tours cost $80-120 NZD a head.', '$80-120 NZD', 'NZD', '80', '120'],
    ['Fees run $10-$15 SGD per month.', '$10-$15 SGD', 'SGD', '10', '15'],
    ['The fare is CAD$ 35 each way.', 'CAD$ 35', 'CAD', '35'],
    ['Payouts hit AUD$1.2m last year.', 'AUD$1.2m', 'AUD', '1200000'],
  ])('%s', (...row) => check(row));

  it('keeps a scale inside the parentheses an aside, positive', () => {
    expect(money('Costs rose sharply ($5 million).').map((f) => [f.text, f.amount])).toEqual([['$5 million', 5000000]]);
  });

  it('leaves a code of another family, or one spaced before the sign, as a word of its own', () => {
    expect(money('It cost $20 EUR in total.').map((f) => [f.text, f.currency])).toEqual([['$20', 'USD']]);
    expect(money('The claim seeks about AUD $9 million.').map((f) => [f.text, f.currency])).toEqual([['$9 million', 'USD']]);
  });
});

describe('money: currency choice', () => {
  it('assumes USD for a bare $ and says so', () => {
    const [f] = money('It earned $5 million.');
    expect(f!.currency).toBe('USD');
    expect(f!.currencyInference.basis).toBe('default');
    expect(f!.currencyInference.candidates).toContain('CAD');
  });

  it('follows an explicit dollar written earlier (A$ then $)', () => {
    const found = money('The miner earned A$1.1 billion, and paid $300 million in tax.');
    expect(found.map((f) => f.currency)).toEqual(['AUD', 'AUD']);
    expect(found[1]!.currencyInference.basis).toBe('context');
  });

  it.each([
    ['Sales reached NT$640 billion. In U.S. dollar terms, sales were $21.4 billion, and it guides to $22 billion next quarter.', ['TWD', 'USD', 'USD']],
    ['The bank earned C$2.2 billion; in US dollars, $1.6 billion.', ['CAD', 'USD']],
    ['Sales were R$9 billion, or in dollar terms about $1.7 billion.', ['BRL', 'USD']],
    // Without such words the bare "$" follows the dollar written before it.
    ['The bank earned C$2.2 billion. It paid $400 million in dividends.', ['CAD', 'CAD']],
    ['The bank earned C$2.2 billion. In Canadian dollar terms, fees were $900 million.', ['CAD', 'CAD']],
    ['The bank earned C$2.2 billion. Hurt by a strong US dollar, its profit fell to $500 million.', ['CAD', 'CAD']],
  ])('a bare "$" after words naming the US dollar is USD, and so are those after it: %s', (sentence, currencies) => {
    expect(money(sentence).map((f) => f.currency)).toEqual(currencies);
  });

  it.each([
    ['Silver rose to $31.20 an ounce. In local-currency terms, silver hit a record A$47.80 in Sydney. Dealers quoted a premium of $2 an ounce.', ['USD', 'AUD', 'USD']],
    ['Copper was at $9,410 a tonne; in Canadian dollar terms it fetched C$12,900. Zinc slipped to $2,705.', ['USD', 'CAD', 'USD']],
    ['Nickel cost $16,200 a ton, or in local currency A$24,700, while tin ended at $31,050.', ['USD', 'AUD', 'USD']],
    // Without such words the bare "$" after it still follows the explicit dollar.
    ['Silver rose to $31.20 an ounce. It hit a record A$47.80 in Sydney. Dealers quoted a premium of $2 an ounce.', ['USD', 'AUD', 'AUD']],
  ])('an explicit dollar written as a local-currency aside does not carry to later bare "$": %s', (sentence, currencies) => {
    expect(money(sentence).map((f) => f.currency)).toEqual(currencies);
  });

  it('reads a stated equivalent after a foreign amount in the default currency', () => {
    const found = money('A gain of CAD 10.9 million, or $8.3 million, was booked.');
    expect(found.map((f) => [f.text, f.currency])).toEqual([['CAD 10.9 million', 'CAD'], ['$8.3 million', 'USD']]);
    expect(money('Sales were C$40m ($29m).').map((f) => f.currency)).toEqual(['CAD', 'USD']);
  });

  it('reads a bare $ in brackets after an amount of another currency as USD, past an earlier HK$ or a place', () => {
    const found = money('Its Hong Kong shares rose to HK$41.20. It cut the price of the coupe to 189,000 yuan ($26,600).');
    expect(found.map((f) => [f.text, f.currency])).toEqual([['HK$41.20', 'HKD'], ['189,000 yuan', 'CNY'], ['$26,600', 'USD']]);
    expect(money('SYDNEY - The miner booked 2.1 billion rand ($115 million).').map((f) => f.currency)).toEqual(['ZAR', 'USD']);
    // (As after a dollar written with its code.)
    expect(money('It raised S$200m ($150m).').map((f) => f.currency)).toEqual(['SGD', 'USD']);
  });

  it('reads a bare $ as USD once the text states an explicit dollar in bare $', () => {
    // The writer keeps "$" for the US dollar: it stated HK$ in it, so later bare amounts are USD too.
    const found = money('HONG KONG - The lender raised HK$3.9 billion ($500 million). Its regional rivals have raised $8 billion this year.');
    expect(found.map((f) => [f.text, f.currency])).toEqual([['HK$3.9 billion', 'HKD'], ['$500 million', 'USD'], ['$8 billion', 'USD']]);
    const cad = money('Ventures got C$12m, or $9m, and a further $4m came later.');
    expect(cad.map((f) => f.currency)).toEqual(['CAD', 'USD', 'USD']);
    // Without such a statement a bare $ still follows the explicit dollar before it.
    expect(money('It raised S$200m and spent $50m.').map((f) => f.currency)).toEqual(['SGD', 'SGD']);
  });

  it('reads a list of facilities, each with its own symbol', () => {
    const found = money('It has one £ 55.0 million , two $ 75.0 million and one € 100.0 million facilities.');
    expect(found.map((f) => [f.text, f.currency, f.amountExact])).toEqual([
      ['£ 55.0 million', 'GBP', '55000000'], ['$ 75.0 million', 'USD', '75000000'], ['€ 100.0 million', 'EUR', '100000000'],
    ]);
  });

  it.each([
    ['Rs 5 and 7 rupees', { Rs: 'PKR' }, ['PKR', 'PKR']],
    ['5 kr and 5 crowns', { kr: 'NOK', crowns: 'DKK' }, ['NOK', 'DKK']],
    ['5 dollars and $5', { dollars: 'AUD', $: 'CAD' }, ['AUD', 'CAD']],
    ['5 dollars and $5', { $: 'CAD' }, ['CAD', 'CAD']],
  ])('applies the hint of the form written: %s %j', (sentence, hints, want) => {
    expect((extract(sentence, { currencyHints: hints }) as MoneyFigure[]).map((f) => f.currency)).toEqual(want);
  });

  it('takes the caller\'s dollar hint', () => {
    const [f] = extract('It earned $5 million.', { dollar: 'CAD' }) as MoneyFigure[];
    expect(f!.currency).toBe('CAD');
  });

  it('reads 1987 francs by place: Paris is FRF, Zurich is CHF', () => {
    expect(money('PARIS - The group earned 120 mln francs.', '1987-03-02')[0]!.currency).toBe('FRF');
    expect(money('ZURICH - The bank earned 120 mln francs.', '1987-03-02')[0]!.currency).toBe('CHF');
  });

  it.each([
    ['The board lifted the cocoa price to 1,800 CFA francs a kilo from 1,500 francs.', '1,500 francs', 'XOF'],
    ['DAKAR, May 4 - The state will borrow 250 billion francs on the regional market.', '250 billion francs', 'XOF'],
    ['Cameroon plans to spend 700 billion francs on roads.', '700 billion francs', 'XAF'],
    ['In Kigali, the lender earned 12 billion francs.', '12 billion francs', 'RWF'],
    ['ZURICH - The insurer earned 900 mln francs.', '900 mln francs', 'CHF'],
  ])('reads African francs by the text\'s place or its last explicit franc: %s', (text, figure, code) => {
    expect(money(text, '2025-05-04').find((f) => f.text === figure)?.currency).toBe(code);
  });

  it('reads historical currencies only while they were in use', () => {
    expect(money('Frankfurt - It earned 50 mln marks.', '1987-03-02')[0]!.currency).toBe('DEM');
    expect(money('Frankfurt - It earned 50 mln marks.', '2015-03-02')).toEqual([]);
    expect(money('Milan - Costs were 900 billion lire.', '1987-03-02')[0]!.currency).toBe('ITL');
    expect(money('It bought 40 mln guilders of bonds.', '1987-03-02')[0]!.currency).toBe('NLG');
  });

  it('reads "euro" as a currency only once the name was chosen (December 1995)', () => {
    expect(money('Only 11 Euro-note programmes were set up.', '1987-04-13')).toEqual([]);
    expect(money('The Euro rate stood at 7.05 EURO DOLLAR.', '1987-04-13')).toEqual([]);
    expect(money('The fund holds 5 million euros.', '1996-03-01')[0]).toMatchObject({ currency: 'EUR', amount: 5_000_000 });
    expect(money('The fund holds 5 million euros.')[0]).toMatchObject({ currency: 'EUR', amount: 5_000_000 });
    // A code or sign names the currency whatever the date.
    expect(money('It paid EUR 5 million.', '1987-04-13')[0]).toMatchObject({ currency: 'EUR', amount: 5_000_000 });
  });

  it('reads ¥ as JPY unless the hint or the story says China', () => {
    expect(money('Sales hit ¥5 billion.')[0]!.currency).toBe('JPY');
    expect(money('BEIJING - The Chinese carrier earned ¥5 billion.')[0]!.currency).toBe('CNY');
    expect((extract('It paid ¥5.', { currencyHints: { '¥': 'CNY' } }) as MoneyFigure[])[0]!.currency).toBe('CNY');
  });

  it('gives null for a currency word the text does not pin down', () => {
    const [f] = money('He paid 10 dinars.');
    expect(f!.currency).toBeNull();
    expect(f!.amount).toBe(10);
  });

  it('reads dinars in a Yugoslav story of its day as YUD, and in a Serbian one now as RSD', () => {
    expect(money('BELGRADE - The bank lent 12 billion dinars.', '1987-03-02')[0]!.currency).toBe('YUD');
    expect(money('Exports from Yugoslavia were worth 40 billion dinars.', '1987-03-02')[0]!.currency).toBe('YUD');
    expect(money('Output was 3.1 billion Yugoslav dinars.', '1987-03-02')[0]!.currency).toBe('YUD');
    expect(money('Serbia spent 90 billion dinars on roads.', '2024-03-02')[0]!.currency).toBe('RSD');
    // (Belgrade after the Yugoslav dinar's time tells no dinar.)
    expect(money('BELGRADE - The bank lent 12 billion dinars.', '2024-03-02')[0]!.currency).toBeNull();
  });
});

describe('money: qualifiers', () => {
  it.each([
    ['Sales of about $5m.', 'approximate', 'about'],
    ['Costs of more than $2 billion.', 'more-than', 'more than'],
    ['A loan of up to €300 million.', 'at-most', 'up to'],
    ['Losses of at least £40m.', 'at-least', 'at least'],
  ])('%s', (sentence, type, words) => {
    const [f] = money(sentence);
    expect(f!.qualifier?.type).toBe(type);
    expect(f!.qualifier?.text).toBe(words);
    expect(f!.text.startsWith(words)).toBe(false);
  });
});

describe('money: not money', () => {
  it.each([
    'The group (Nasdaq: AAPL) gained.',
    'ZTE (Shenzhen: 000063) fell.',
    'Its 5G network launched.',
    'Windows 10 shipped.',
    'COVID-19 closed plants.',
    'It ordered 20 Boeing 737 jets.',
    'Call 555-0134 for details.',
    'The office is at 221 Baker Street.',
    'The meeting starts at 10:30.',
    'The score was 3-1.',
    'Version 2.4.1 fixed it.',
    'The company employs 5,000 people.',
    'It shipped 40,000 tonnes of wheat.',
    'A 30-year history.',
    'It may rise 5 million.',
    'Mix 5 pounds of flour with water.',
    'ALL 5 solutions are wrong.',
    'a dollar-denominated bond',
    // Video resolutions and names spelled like a currency code.
    'The camera records 1080p video.',
    'Most shows stream in 720p.',
    'The feed falls back to 720p or 480p when the signal is weak.',
    'Pick 360p, 720p or 1080p in the menu.',
    'The console renders 1440p at 120Hz.',
    'It films 4K and 1080p side by side.',
    'Delegates met at COP28 in Dubai.',
    'Drivers filled up with RON95 petrol.',
    // Other codes need capitals: "try 5 times".
    'You can try 5 times.',
  ])('%s', (sentence) => {
    expect(money(sentence)).toEqual([]);
  });

  it('keeps share prices in pence and glued codes of other currencies', () => {
    expect(money('Shares firmed to 670p from 480p.').map((f) => [f.text, f.currency, f.amount])).toEqual([['670p', 'GBP', 6.7], ['480p', 'GBP', 4.8]]);
    expect(money('The stock hit 720p, then 480p and 490p.').map((f) => [f.text, f.span.start, f.amount])).toEqual([['720p', 14, 7.2], ['480p', 25, 4.8], ['490p', 34, 4.9]]);
    expect(money('The fee is CNY3 per ride.').map((f) => [f.text, f.currency, f.amount])).toEqual([['CNY3', 'CNY', 3]]);
  });
});

describe('money: a year or a weight before a currency word', () => {
  it.each([
    'Wages are shown in constant 1995 dollars.',
    'Output, in chained 2012 dollars, grew slowly.',
    'In real 2020 pounds the fund shrank.',
    'Measured in nominal 2008 euros, spending fell.',
    'Prices are in inflation-adjusted 2019 dollars.',
    'All totals are in 2005 dollars.',
    'Traders still talk about the 2013 rupee crash.',
    'Importers remember the 1997 baht collapse.',
    'The 2011 franc rally hurt Swiss exporters.',
    'A 250-pound tackle joined the squad.',
    'She hauled a 50-pound sack of flour home.',
    'Crews loaded 80-pound (36-kg) drums of resin.',
  ])('reads no money: %s', (sentence) => {
    expect(money(sentence)).toEqual([]);
  });

  it.each<Row>([
    ['The repair cost 2015 dollars in the end.', '2015 dollars', 'USD', '2015'],
    ['Farmers got 1987 dlrs per tonne.', '1987 dlrs', 'USD', '1987'],
    ['He kept the 2000 yen note as a souvenir.', '2000 yen', 'JPY', '2000'],
    ['She returned the 1999 dollars she had borrowed.', '1999 dollars', 'USD', '1999'],
    ['Parking brings a 10-pound fine.', '10-pound', 'GBP', '10'],
    ['He handed over a five-pound note.', 'five-pound', 'GBP', '5'],
    ['A stack of 20-pound notes sat there.', '20-pound', 'GBP', '20'],
    ['It was a 40-million-pound contract.', '40-million-pound', 'GBP', '40000000'],
    ['Fees rose by a 3-pound-a-month charge.', '3-pound', 'GBP', '3'],
  ])('keeps money: %s', (...row) => check(row, '2024-05-01'));
});

describe('money: temperatures, model names, resolutions and weights', () => {
  it.each([
    // An upper-case letter glued to a number: degrees Celsius or a model name.
    'Daytime highs of 33C are likely by Friday.',
    'Heat the grill to 220C before you start.',
    'The lift stops at flat 9C on the top floor.',
    'The jets use GE CF6-80C2 engines.',
    'Their P-8C patrol aircraft flew over the strait.',
    // A lower-case "c" after a word of weather or cooking.
    'Highs of 27c today, with lows of 12c tonight.',
    'Temperatures climbed to 41c in the south.',
    'Put the tray in the oven at 190c for an hour.',
    // Two resolutions a few words apart, or a frame rate in words.
    'The game runs at 1440p and is upscaled to 2160p on the new console.',
    'It outputs 2160p at 120 frames per second.',
    // Pounds of body or parcel weight.
    'The newborn weighed 6 pounds 11 ounces.',
    'He has lost 35 pounds since the spring.',
    'The parcel weighs more than 20 pounds, so it ships as freight.',
    'She gained about 12 pounds over the winter.',
  ])('reads no money: %s', (sentence) => {
    expect(money(sentence)).toEqual([]);
  });

  it.each<Row>([
    ['Diesel fell 4c a litre at the pump.', '4c', 'USD', '0.04'],
    ['The stock touched a high of 88c before it fell.', '88c', 'USD', '0.88'],
    ['BRITOIL RAISES PAYOUT TO 12P', '12P', 'GBP', '0.12'],
    ['A tin of beans is now 95p.', '95p', 'GBP', '0.95'],
    ['Shares closed at 1440p after the results.', '1440p', 'GBP', '14.4'],
    ['The stock fell to 480p and then recovered to 720p.', '480p', 'GBP', '4.8'],
    ['The stock fell to 480p and then recovered to 720p.', '720p', 'GBP', '7.2'],
    ['The ticket cost 40 pounds at the door.', '40 pounds', 'GBP', '40'],
    ['The firm lost 40 million pounds last year.', '40 million pounds', 'GBP', '40000000'],
  ])('keeps money: %s', (...row) => check(row, '2024-05-01'));
});

describe('money: numbers past the range of a double', () => {
  it('are not reported, so every amount is a finite number', () => {
    const big = '9'.repeat(400);
    const found = extract(`It paid $${big}, then ${big}% more, then $5.`);
    expect(found.map((f) => f.text)).toEqual(['$5']);
  });
});

describe('money: a fraction of one unit ("half a dollar")', () => {
  it.each<Row>([
    ['The stamp went up half a cent.', 'half a cent', 'USD', '0.005'],
    ['It sold for half a dollar.', 'half a dollar', 'USD', '0.5'],
    ['Fares rose a quarter of a dollar.', 'a quarter of a dollar', 'USD', '0.25'],
  ])('%s', (...row) => check(row));

  it('not a fraction of anything else: "half a day"', () => {
    expect(money('It took half a day.')).toEqual([]);
  });
});

describe('money: "rand" after a number needs no other cue', () => {
  it.each<Row>([
    ['Tickets cost 250 rand at the gate.', '250 rand', 'ZAR', '250'],
    ['Gold Fields ended eight rand higher at 398 rand.', '398 rand', 'ZAR', '398'],
  ])('%s', (...row) => check(row));
});

describe('money: a spaced "c" that ends the text or sentence is cents', () => {
  it.each<Row>([
    ['75 c', '75 c', 'USD', '0.75'],
    ['The stamp costs 60 c.', '60 c', 'USD', '0.6'],
  ])('%s', (...row) => check(row));

  it.each(['Read section 5 c of the act.', 'Expect highs of 28 c.'])('no cents: %s', (sentence) => {
    expect(money(sentence)).toEqual([]);
  });
});

describe('money: an article as one unit ("a dollar")', () => {
  it.each<Row>([
    ['The ride costs a dollar.', 'a dollar', 'USD', '1'],
    ['Coffee was an euro at the kiosk.', 'an euro', 'EUR', '1'],
    ['He sold it for a buck fifty.', 'a buck fifty', 'USD', '1.5'],
    ['Tickets cost a dollar and ten cents', 'a dollar and ten cents', 'USD', '1.1'],
    ['The plan pays a dollar a day.', 'a dollar', 'USD', '1'],
  ])('%s', (...row) => check(row));

  it.each([
    'Traders watched a dollar rate near 1.80 marks.',
    'The bank sold a yen bond last week.',
    'She took out a dollar-denominated loan.',
    'Add a pound of flour.',
    'Beef rose to 94 cents a pound.',
    'Coffee could fall to 15 cnts a pound.',
    'The price rises on a dollar for dollar basis.',
    'She has a yen for travel.',
    // A word glued to a number after the unit is a name: a sterling bond of the AT1 kind.
    'It was the cheapest deal on a sterling AT1 this year.',
  ])('no amount: %s', (sentence) => {
    expect(money(sentence).filter((f) => f.rule === 'money.article')).toEqual([]);
  });
});

describe('money: a scaled amount that leaves its currency to the amount before it', () => {
  it.each<Row>([
    ['The surplus grew to 6.2 billion dlrs in May from 5.81 billion a year before.', '5.81 billion', 'USD', '5810000000'],
    ['Holdings dropped 310 mln dlrs to 42.7 billion in the week.', '42.7 billion', 'USD', '42700000000'],
    ['Imports climbed to 3.4 billion stg against a revised 3.15 billion.', '3.15 billion', 'GBP', '3150000000'],
    ['The deficit was 980 mln francs, compared with 1.2 billion in April.', '1.2 billion', 'CHF', '1200000000'],
    ['Group profit 412 mln marks vs 388 mln.', '388 mln', 'DEM', '388000000'],
    ['Reserves stood at 9.4 billion rupees, from 8.7 billion in June and 7.9 billion a year ago.', '7.9 billion', 'INR', '7900000000'],
    ['Spending rises to ₹5.1 lakh crore from 4.6 lakh crore.', '4.6 lakh crore', 'INR', '4600000000000'],
    ['Sales were 88 billion yen against the 92 billion forecast.', '92 billion', 'JPY', '92000000000'],
    ['Funds rose to 7.6 billion dlrs from 7.1 billion, while deposits fell to 3.3 billion.', '3.3 billion', 'USD', '3300000000'],
    // Restated in brackets, and the comparison after the brackets.
    ['Bad debts reached 4.6 billion dlrs (2.9 billion excluding Mexico) in June.', '2.9 billion', 'USD', '2900000000'],
    ['Bad debts reached 4.6 billion dlrs (2.9 billion excluding Mexico), against 3.8 billion in March.', '3.8 billion', 'USD', '3800000000'],
    ['Councils get 62 billion forints (48 billion in 1986).', '48 billion', 'HUF', '48000000000'],
    // After a translation in brackets, the amount compared is in the currency it translates.
    ['Pretax profit slipped to 7.31 billion crowns ($768 million) from 7.9 billion in 2023.', '7.9 billion', 'SEK', '7900000000'],
    ['Fee income rose to 2.45 billion euros ($2.7 billion) against 2.2 billion a year before.', '2.2 billion', 'EUR', '2200000000'],
    ['Sales reached $4.2 billion (3.9 billion euros), up from 3.6 billion.', '3.6 billion', 'USD', '3600000000'],
    // After a money noun and "of": "against losses of", "compared with a deficit of", "on sales of".
    ['The unit earned 31 mln francs against losses of 240 mln in 1985.', '240 mln', 'CHF', '240000000'],
    ['Norway had a surplus of 5.2 billion crowns, compared with a deficit of 1.9 billion a year before.', '1.9 billion', 'NOK', '1900000000'],
    ['The mill made 12.4 mln dlrs on sales of 310 mln in 1986.', '310 mln', 'USD', '310000000'],
    ['It lost 6.1 mln marks in 1986 after a net profit of 14.5 mln the year before.', '14.5 mln', 'DEM', '14500000'],
    ['The bank lost 3.2 billion pesos against a 1985 profit of 1.1 billion.', '1.1 billion', 'MXN', '1100000000'],
    // A money noun after the amount says what it is: "against a 37 mln profit", "from its 1.2 billion loss".
    ['The mine lost 14.5 mln rand against a 22.1 mln profit in 1985.', '22.1 mln', 'ZAR', '22100000'],
    ['It earned 9.8 mln dlrs, a swing from its 4.4 mln loss a year ago.', '4.4 mln', 'USD', '4400000'],
    ['Budget surplus 1.3 billion crowns compared with a 0.7 billion deficit.', '0.7 billion', 'SEK', '700000000'],
    // The end of a line of a results table.
    ['Pre-tax profit 94.2 mln stg vs 81.7 mln\nTurnover up 6 pct', '81.7 mln', 'GBP', '81700000'],
    // A noun of change: "after a January rise of", "against a 2.8 billion rise".
    ['Lending grew 3.1 billion stg after a May rise of 1.4 billion.', '1.4 billion', 'GBP', '1400000000'],
    ['Reserves rose 900 mln francs, against a 1.6 billion increase in 1985.', '1.6 billion', 'CHF', '1600000000'],
    ['Capital will rise to 520 mln francs from the present 310 mln.', '310 mln', 'CHF', '310000000'],
    ['The floor falls to 50 mln yen from a current 200 mln.', '200 mln', 'JPY', '200000000'],
    // Set against a forecast or a bound: "below the", "more than the", "above".
    ['Profit slid to 2.04 billion euros, well below the 2.3 billion expected by analysts.', '2.3 billion', 'EUR', '2300000000'],
    ['Turnover reached 61.2 billion stg, slightly higher than the 60.9 billion forecast.', '60.9 billion', 'GBP', '60900000000'],
    ['Reserves fell to 4.1 billion dlrs but stayed above 3.5 billion in May.', '3.5 billion', 'USD', '3500000000'],
    // Spelled out.
    ['Capital was raised to six billion yuan from four billion.', 'four billion', 'CNY', '4000000000'],
    ['Guesses ran from a gain of two billion dlrs to a drop of three billion.', 'three billion', 'USD', '3000000000'],
  ])('%s', (...row) => check(row));

  it.each<[string, [string, string, string, string?][]]>([
    // A bare number joined before it: a range after "to", two amounts after "and".
    ['Loans rose to 6.2 billion dlrs from 41 to 43 billion.', [['6.2 billion dlrs', 'USD', '6200000000'], ['41 to 43 billion', 'USD', '41000000000', '43000000000']]],
    ['Deposits eased to 3.9 billion dlrs against 4.2 and 4.05 billion.', [['3.9 billion dlrs', 'USD', '3900000000'], ['4.2', 'USD', '4200000000'], ['4.05 billion', 'USD', '4050000000']]],
    // A day before "and" or "to" is no member: the scaled amount alone.
    ['It pays 5 mln dlrs on May 30 and 12 mln on June 9.', [['5 mln dlrs', 'USD', '5000000'], ['12 mln', 'USD', '12000000']]],
    ['M-1 rose 1.2 billion dlrs in the week ended March 12 to 745.3 billion.', [['1.2 billion dlrs', 'USD', '1200000000'], ['745.3 billion', 'USD', '745300000000']]],
    // A year or split year before "and" is no member either.
    ['It lent 2.2 billion dlrs in 1985/86 and 1.9 billion in 1984/85.', [['2.2 billion dlrs', 'USD', '2200000000'], ['1.9 billion', 'USD', '1900000000']]],
  ])('%s', (sentence, want) => {
    const found = money(sentence);
    expect(found.map((f) => [f.text, f.currency, f.amountExact, ...(f.amountMaxExact ? [f.amountMaxExact] : [])])).toEqual(want);
    for (const f of found) expect(sentence.slice(f.span.start, f.span.end)).toBe(f.text);
  });

  it.each([
    // A scaled count in between is what the bare amount is compared with.
    'It earned 40 mln dlrs as output rose to 1.6 mln tonnes from 1.4 mln in 1986.',
    // A unit after the amount, or after the one it is set against, is its own.
    'Sales hit 3 billion dlrs and 2.1 billion shares changed hands.',
    'It paid 12 mln dlrs to lift its quota to 3.1 mln from 2.8 mln bags.',
    'Turnover was 6 billion dlrs (1.1 billion shares) on the day.',
    'It earned 4 mln dlrs on sales of 2.5 mln units.',
    // The high end of a range of bare numbers.
    'Debt service took 9 billion dlrs and may reach between 11 and 14 billion.',
    // Another sentence.
    'Exports were 2 billion dlrs. Volume rose to 1.5 billion in May.',
    // No scale on the earlier amount.
    'Brent traded at 18.40 dlrs, against 17 mln in output.',
    // The high end of a range whose low end follows no comparison word.
    'Fees are 0.25 pct on 5 mln dlrs and 0.2 pct for 3 to 4 mln.',
  ])('no money figure for the bare number: %s', (sentence) => {
    const found = money(sentence);
    expect(found.every((f) => /dlrs|\$/.test(f.text)), JSON.stringify(found.map((f) => f.text))).toBe(true);
  });
});

describe('money: a scale word glued to the next word, as text copied from PDFs runs them', () => {
  it.each<Row>([
    ['Grants were $2.1 million, $5.4 millionand$0.7 millionfor the three years.', '$5.4 million', 'USD', '5400000'],
    ['Grants were $2.1 million, $5.4 millionand$0.7 millionfor the three years.', '$0.7 million', 'USD', '700000'],
    ['It booked a $12 milliongain on the sale.', '$12 million', 'USD', '12000000'],
    ['Profit was 4.2 mlndlrs.', '4.2 mlndlrs', 'USD', '4200000'],
  ])('%s', (...row) => check(row));

  it('keeps a word of its own that starts with a scale word', () => {
    expect(money('There are now 5 billionaires in the city and $3 billionfor roads.').map((f) => [f.text, f.amount])).toEqual([['$3 billion', 3e9]]);
  });
});

describe('money: a scale joined to the currency word ("EURm", "MSEK", "£m")', () => {
  it.each<Row>([
    ['Group sales reached EURm 812.4 in the year.', 'EURm 812.4', 'EUR', '812400000'],
    ['Net debt stood at SEKbn 3.1.', 'SEKbn 3.1', 'SEK', '3100000000'],
    ['Order intake was MSEK 1,240 in the quarter.', 'MSEK 1,240', 'SEK', '1240000000'],
    ['Operating profit rose to 356 MNOK.', '356 MNOK', 'NOK', '356000000'],
    ['Audit fees came to TEUR 640.', 'TEUR 640', 'EUR', '640000'],
    ['Board fees were kSEK 850 in total.', 'kSEK 850', 'SEK', '850000'],
    ['Pre-tax profit of £m 14.2 was reported.', '£m 14.2', 'GBP', '14200000'],
    ['A buyback of €bn 1.5 is planned.', '€bn 1.5', 'EUR', '1500000000'],
    // The high end of a range shares the scale; parentheses are still a negative.
    ['Capex will be EURm 40-45 next year.', 'EURm 40-45', 'EUR', '40000000', '45000000'],
    ['The segment lost EURm (12.6).', 'EURm (12.6)', 'EUR', '-12600000'],
  ])('%s', (...row) => check(row));

  it.each([
    // A table's unit above its year columns.
    'Revenue £m 2023 2022 was shown.',
    'EURm 2024 2023\nNet sales 812.4 790.1',
    'SEKm 2024\nSales 5',
  ])('reads a year column under a scaled unit as no amount: %j', (sentence) => {
    expect(money(sentence).filter((f) => f.scale)).toEqual([]);
  });

  it.each<Row>([
    ['Costs of EURk 450 and EURmn 2.5 were booked.', 'EURk 450', 'EUR', '450000'],
    ['Costs of EURk 450 and EURmn 2.5 were booked.', 'EURmn 2.5', 'EUR', '2500000'],
    ['Sales were MSEK 2023 in total.', 'MSEK 2023', 'SEK', '2023000000'],
  ])('%s', (...row) => check(row));

  it('keeps the scale as written', () => {
    expect(money('Sales of MSEK 90 and EURm 4.').map((f) => f.scale)).toEqual(['M', 'm']);
  });

  it.each([
    // The code in capitals and the scale glued: other spellings are not these words.
    'Costs of eurm 45 rose.',
    'Costs of EURM 45 rose.',
    'A fee of £ m 5 was paid.',
  ])('not in "%s"', (sentence) => {
    expect(money(sentence).filter((f) => f.scale)).toEqual([]);
  });
});

describe('money: an article before a currency sign', () => {
  it.each<Row>([
    ['Net income was a $ (2.0) million loss.', '$ (2.0) million', 'USD', '-2000000'],
    ['It booked a $ 5 million charge.', '$ 5 million', 'USD', '5000000'],
    ['He paid a £ 40 fee.', '£ 40', 'GBP', '40'],
  ])('reads the amount after the sign, not one unit: %s', (...row) => {
    check(row);
    expect(money(row[0]).map((f) => f.text)).toEqual([row[1]]);
  });
});

describe('money: spelled cents before what the price is for', () => {
  it.each<Row>([
    ['He paid a dollar fifty for coffee.', 'a dollar fifty', 'USD', '1.5'],
    ['The scarf was nine pounds fifty at the market.', 'nine pounds fifty', 'GBP', '9.5'],
    ['Pens are a buck twenty each.', 'a buck twenty', 'USD', '1.2'],
    ['Apples were ten dollars twenty a crate.', 'ten dollars twenty', 'USD', '10.2'],
    // Two digits after a currency word read the same way.
    ['A refill is 4 dollars 75 at the kiosk.', '4 dollars 75', 'USD', '4.75'],
    ['Tickets were 12 euros 40 each.', '12 euros 40', 'EUR', '12.4'],
  ])('%s', (...row) => {
    check(row);
    expect(money(row[0]).map((f) => f.text)).toEqual([row[1]]);
  });

  it.each([
    ['It was ten dollars five to ten times over.', ['ten dollars']],
    ['He paid $5 50 for each.', ['$5']],
    ['They sold 3 dollars 5 for a pack.', ['3 dollars']],
    ['Beans were sixty a pound.', []],
  ])('leaves a number that may start something else: %s', (sentence, texts) => {
    expect(money(sentence).map((f) => f.text)).toEqual(texts);
  });
});

describe('money: "grand" for thousands', () => {
  it.each<Row>([
    ['The used boat went for twelve grand.', 'twelve grand', 'USD', '12000'],
    ['She borrowed 3.5 grand from her brother.', '3.5 grand', 'USD', '3500'],
    ['The repair set him back a grand.', 'a grand', 'USD', '1000'],
  ])('%s', (...row) => check(row));

  it.each(['They bought two grand pianos.', 'A grand jury met.', 'He has 4 Grand Slam titles.', 'It was 5 million grand.'])('is no amount before a noun, in capitals or after a scale: %s', (sentence) => {
    expect(money(sentence)).toEqual([]);
  });
});

describe('money: a minus written as a word', () => {
  it.each<Row>([
    ['Free cash flow was negative $4.2 million in the half.', 'negative $4.2 million', 'USD', '-4200000'],
    ['Net reserves fell to minus 1.3 billion dlrs.', 'minus 1.3 billion dlrs', 'USD', '-1300000000'],
    ['The position was a negative 80 mln francs.', 'negative 80 mln francs', 'CHF', '-80000000'],
    ['The balance stood at minus twelve dollars.', 'minus twelve dollars', 'USD', '-12'],
    ['The fund was negative € 3.1 million .', 'negative € 3.1 million', 'EUR', '-3100000'],
  ])('%s', (...row) => check(row));

  it.each([
    ['The rate may move plus or minus 10 yen from here.', '10 yen', '10'],
    ['It booked negative $(2) million.', '$(2) million', '-2000000'],
  ])('keeps a margin either way and a signed amount as written: %s', (sentence, text, amount) => {
    const found = money(sentence);
    expect(found.map((f) => f.text)).toEqual([text]);
    expect(found[0]!.amountExact).toBe(amount);
  });
});

describe('money: accounting parentheses around the number and its scale', () => {
  it.each<Row>([
    ['Free cash flow was $(4.9 million) for the year.', '$(4.9 million)', 'USD', '-4900000'],
    ['The unit lost € ( 1.2 billion ) .', '€ ( 1.2 billion )', 'EUR', '-1200000000'],
    ['It recorded US$(350 thousand) of losses.', 'US$(350 thousand)', 'USD', '-350000'],
  ])('%s', (...row) => check(row));
});

describe('money: a bare number listed before an amount with its currency', () => {
  it.each<[string, [string, string, string][]]>([
    ['The gaps were 18.2 and 20.8 billion dlrs.', [['18.2', 'USD', '18200000000'], ['20.8 billion dlrs', 'USD', '20800000000']]],
    ['Sales were 4.1, 3.9 and 3.5 mln stg respectively.', [['4.1', 'GBP', '4100000'], ['3.9', 'GBP', '3900000'], ['3.5 mln stg', 'GBP', '3500000']]],
    ['Notes come in units of 1,000 and 10,000 euros.', [['1,000', 'EUR', '1000'], ['10,000 euros', 'EUR', '10000']]],
    ['Gains were 120,000, 95,000, and 80,000 dlrs.', [['120,000', 'USD', '120000'], ['95,000', 'USD', '95000'], ['80,000 dlrs', 'USD', '80000']]],
    ['Par values are 60 and 12 cents.', [['60', 'USD', '0.6'], ['12 cents', 'USD', '0.12']]],
    // "or" joins the same way.
    ['A seat might fetch 30 or 40 dlrs.', [['30', 'USD', '30'], ['40 dlrs', 'USD', '40']]],
    ['The sale could raise 2 or 3 billion crowns.', [['2', 'SEK', '2000000000'], ['3 billion crowns', 'SEK', '3000000000']]],
  ])('%s', (sentence, want) => {
    const found = money(sentence);
    expect(found.map((f) => [f.text, f.currency, f.amountExact])).toEqual(want);
    for (const f of found) expect(sentence.slice(f.span.start, f.span.end)).toBe(f.text);
  });

  it.each([
    ['It rose in 1986 and 5 mln dlrs in 1987.', ['5 mln dlrs']],
    ['Trading on March 3 and 5 mln dlrs later.', ['5 mln dlrs']],
    ['Shares of 992,760 and 164 mln stg in bills.', ['164 mln stg']],
    ['The yen was 1.2403, and 0.4392 sterling from 0.4361.', ['0.4392 sterling']],
    ['The price was 99.50 and 5 dlrs extra.', ['5 dlrs']],
  ])('reads no list from a year, a day, a far-off number or another clause: %s', (sentence, texts) => {
    expect(money(sentence).map((f) => f.text)).toEqual(texts);
  });
});

describe('money: the size of a change written before its level', () => {
  it.each<Row>([
    ['Deposits fell 310 mln to 42.5 billion dlrs.', '310 mln', 'USD', '310000000'],
    ['Reserves rose by 1.2 billion to 30.6 billion francs.', '1.2 billion', 'CHF', '1200000000'],
    ['The line was cut 900 mln to 600 mln stg.', '900 mln', 'GBP', '900000000'],
  ])('%s', (...row) => check(row));

  it.each([
    ['The price rose 2 to 350 dlrs.', ['350 dlrs']],
    ['Loans on Feb 25 to 4.1 billion dlrs.', ['4.1 billion dlrs']],
    ['Analysts see 1.5 billion to 2 billion dlrs.', ['1.5 billion to 2 billion dlrs']],
  ])('keeps a bare count unread and a close pair a range: %s', (sentence, texts) => {
    expect(money(sentence).map((f) => f.text)).toEqual(texts);
  });
});

describe('money: a scaled amount set against one whose currency follows it', () => {
  it.each<Row>([
    ['Turnover climbed to 4.8 billion from 4.35 billion crowns.', '4.8 billion', 'SEK', '4800000000'],
    ['Operating profit 61.2 mln vs 57.9 mln dlrs', '61.2 mln', 'USD', '61200000'],
    ['Operating profit 61.2 mln vs. 57.9 mln dlrs', '61.2 mln', 'USD', '61200000'],
    ['The two tranches raise 300 mln and 150 mln guilders respectively.', '300 mln', 'NLG', '300000000'],
    ['Its loan book may reach 7 billion or 8 billion dlrs next year.', '7 billion', 'USD', '7000000000'],
    ['A deficit of 2.6 billion versus 1.9 billion rand a year earlier.', '2.6 billion', 'ZAR', '2600000000'],
  ])('%s', (...row) => check(row));

  it.each([
    ['Output was 1.4 mln tonnes vs 2 mln dlrs of exports.', ['2 mln dlrs']],
    ['Prices rose to 12 from 350 dlrs.', ['350 dlrs']],
    ['It sold 2 mln and bought 3 mln dlrs of bonds.', ['3 mln dlrs']],
    ['Penang, a city of 20 million and 1.2 billion dlrs in investment.', ['1.2 billion dlrs']],
  ])('reads nothing into a number with a unit of its own or no scale word: %s', (sentence, texts) => {
    expect(money(sentence).map((f) => f.text)).toEqual(texts);
  });
});

describe('money: cents before any dollar take the currency of the text\'s amounts', () => {
  it.each<Row>([
    // The first dollar written with its country, later in the text.
    ['The trust pays 3.1 cents a unit; revenue was S$96 million.', '3.1 cents', 'SGD', '0.031'],
    ['The stock gained 12 cents to 4.20 Canadian dlrs.', '12 cents', 'CAD', '0.12'],
    // A text in rand: the rand's cents.
    ['Earnings per share rose to 388c and turnover to R12.4bn.', '388c', 'ZAR', '3.88'],
    ['Shr 140 cts vs 120 cts, pre-tax profit 90 mln rand.', '140 cts', 'ZAR', '1.4'],
    // Cents and rand before the first bare dollar: a later dollar price does not make them US cents.
    ['Diluted earnings fell to 216 cents as sales slid to 31.2 billion rand; coal sold for $96 a tonne.', '216 cents', 'ZAR', '2.16'],
    ['Its dividend was 85 cents; revenue reached 12.5 billion rand ($690 million), and gold ended at $2,410 an ounce.', '85 cents', 'ZAR', '0.85'],
  ])('%s', (...row) => check(row));

  it.each<Row>([
    // A bare "$" in the text keeps the dollar's default; an earlier explicit dollar still rules.
    ['Shr 140 cts; sales of $90 million and 40 mln rand.', '140 cts', 'USD', '1.4'],
    // A bare dollar before the rand: the cents are the dollar's.
    ['Profit was $40 million, or 12 cents a share, and the unit earned 90 mln rand.', '12 cents', 'USD', '0.12'],
    ['It earned A$5 million, or 8 cents a share, and NZ$2 million in Auckland.', '8 cents', 'AUD', '0.08'],
    ['The coffee costs 90 cents.', '90 cents', 'USD', '0.9'],
  ])('%s', (...row) => check(row));
});

describe('money: a local paper\'s dateline says which dollar a bare "$" is', () => {
  it.each<Row>([
    ['MELBOURNE: The grocer earned $1.12 billion in the year.', '$1.12 billion', 'AUD', '1120000000'],
    ['MELBOURNE: The grocer paid a dividend of 48c.', '48c', 'AUD', '0.48'],
    ['TORONTO, May 4 - The railway earned $310 million.', '$310 million', 'CAD', '310000000'],
    ['SINGAPORE – Office rents rose to $4,100 a month.', '$4,100', 'SGD', '4100'],
    // A bracket after "SYDNEY: " is the story's, not a wire's credit.
    ['SYDNEY: Qantas (QAN.AX) earned $1.1 billion.', '$1.1 billion', 'AUD', '1100000000'],
    // Cents before any dollar too, ahead of a dollar the text names later.
    ['MELBOURNE: The dividend was 48c; the NZ arm earned NZ$310 million.', '48c', 'AUD', '0.48'],
  ])('%s', (...row) => check(row));

  it.each<Row>([
    // A wire's dateline, a place without a dollar, or no dateline: the default.
    ['SYDNEY (Wire) - The miner will spend $9 billion.', '$9 billion', 'USD', '9000000000'],
    ['TORONTO, May 4 (Wire) - The railway earned $310 million.', '$310 million', 'USD', '310000000'],
    ['LONDON: The fund bought $40 million of bonds.', '$40 million', 'USD', '40000000'],
    ['In Sydney the grocer earned $1.12 billion.', '$1.12 billion', 'USD', '1120000000'],
    // A dollar written explicitly earlier still rules.
    ['SINGAPORE – It paid US$94 a tonne, or $31 a share.', '$31', 'USD', '31'],
    // A text that writes its place's dollar with the prefix keeps the bare "$" for another dollar.
    ['HONG KONG, June 3 - The developer missed a $14.2 million coupon, and its shares fell to HK$1.05.', '$14.2 million', 'USD', '14200000'],
    ['HONG KONG, June 3 - It missed a $14.2 million coupon; its bonds fell 6 cents to 21 cents and shares hit HK$1.05.', '21 cents', 'USD', '0.21'],
    ['TORONTO, May 4 - The miner sold $400 million of notes and C$150 million of shares.', '$400 million', 'USD', '400000000'],
  ])('%s', (...row) => check(row));

  it('still follows a prefixed dollar written before a bare one', () => {
    expect(money('HONG KONG: Sales were HK$3 billion and profit $1 billion.').map((f) => f.currency)).toEqual(['HKD', 'HKD']);
  });
});
