/**
 * Splits text that arrives in chunks into lines: `\n` or `\r\n` endings, a leading byte-order
 * mark dropped, the last line emitted even without a final newline. Pure, no Node modules.
 */
export class LineSplitter {
  private rest = '';
  private first = true;

  /** Adds a chunk; returns the lines it completed. */
  push(chunk: string): string[] {
    if (this.first && chunk.length > 0) {
      this.first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    const lines: string[] = [];
    let start = 0;
    let nl = chunk.indexOf('\n');
    if (nl === -1) {
      this.rest += chunk;
      return lines;
    }
    let head = this.rest;
    this.rest = '';
    while (nl !== -1) {
      let line = head + chunk.slice(start, nl);
      head = '';
      if (line.endsWith('\r')) line = line.slice(0, -1);
      lines.push(line);
      start = nl + 1;
      nl = chunk.indexOf('\n', start);
    }
    this.rest = chunk.slice(start);
    return lines;
  }

  /** Ends the input; returns the last line if it had no newline. */
  end(): string[] {
    const last = this.rest.endsWith('\r') ? this.rest.slice(0, -1) : this.rest;
    this.rest = '';
    return last.length > 0 ? [last] : [];
  }
}

/** True for a line with nothing but whitespace: skipped, though it still counts as a line. */
export const isBlank = (line: string): boolean => line.trim().length === 0;
