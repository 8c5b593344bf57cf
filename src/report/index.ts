/**
 * `finfigures/report`: the HTML report as a function, for notebooks and servers. Pure (no
 * Node modules): `renderReport({ text, figures: extract(text), findings: check(text) })`
 * returns the page as a string.
 */
export { renderReport, escapeHtml, type ReportInput } from './html';
export { aboutText, figureDetails, figureValue, groupDigits, type FindingLike } from './describe';
