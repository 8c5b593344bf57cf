/**
 * Interbank rates, which loans and floating notes are priced over ("7/8 pct over Libor"): rates,
 * never names. A module of its own: the change cues that plain extraction reads need it, and
 * importing it from the metric table would load that whole table on every import.
 */
export const INTERBANK_RATES: readonly string[] = ['libor', 'euribor', 'sofr', 'sonia', 'estr', 'saron', 'tona', 'tonar', 'corra', 'bbsw', 'hibor', 'sibor', 'tibor', 'pibor', 'mibor', 'shibor', 'jibar',
  // Brazil's policy rate and Mexico's interbank rate, as Latin American news names them ("the benchmark Selic rate at 15%", "expect the Selic to end 2026 at 12.25%").
  'selic', 'tiie'];
