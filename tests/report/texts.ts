/** A text written for the report tests, with characters HTML must escape. */
export const REPORT_TEXT =
  'Ostrava Rail & Freight <ORF> said on Monday that sales rose 50% to $150 million from $120 million in 2023.\n\n' +
  'The group earned RMB7.8 billion ($1.1 billion) in 2017, and its margin widened by 40 basis points in the second half.\n';
