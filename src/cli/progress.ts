/**
 * A one-line progress bar on stderr for long NDJSON runs: records, MB read, MB/s and, when
 * the input size is known, a bar and the ETA. Redrawn at most five times a second.
 */
const MB = 1024 * 1024;

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
  return `${h > 0 ? `${h}:${String(m).padStart(2, '0')}` : String(m)}:${String(r).padStart(2, '0')}`;
}

export interface ProgressSink {
  write(s: string): unknown;
  readonly columns?: number;
}

export class Progress {
  private readonly started = Date.now();
  private last = 0;
  private drawn = false;
  records = 0;
  bytes = 0;

  constructor(
    private readonly sink: ProgressSink | undefined,
    private readonly totalBytes: number | undefined,
  ) {}

  /** The line as it would be drawn now. */
  line(now = Date.now()): string {
    const secs = Math.max((now - this.started) / 1000, 1e-3);
    const rate = this.bytes / MB / secs;
    let s = `${this.records.toLocaleString('en-US')} records  ${(this.bytes / MB).toFixed(1)} MB  ${rate.toFixed(1)} MB/s`;
    if (this.totalBytes && this.totalBytes > 0) {
      const frac = Math.min(this.bytes / this.totalBytes, 1);
      const n = 20, full = Math.round(frac * n);
      const eta = rate > 0 ? (this.totalBytes - this.bytes) / MB / rate : Number.NaN;
      s = `[${'#'.repeat(full)}${'-'.repeat(n - full)}] ${(frac * 100).toFixed(0).padStart(3)}%  ${s}  ETA ${clock(eta)}`;
    }
    return s;
  }

  update(force = false): void {
    if (!this.sink) return;
    const now = Date.now();
    if (!force && now - this.last < 200) return;
    this.last = now;
    const cols = this.sink.columns || 100; // 0 when the terminal does not say
    this.sink.write(`\r${this.line(now).slice(0, Math.max(cols - 1, 20))}\x1b[K`);
    this.drawn = true;
  }

  /** Draws the final state and ends the line. */
  done(): void {
    if (!this.sink) return;
    this.update(true);
    if (this.drawn) this.sink.write('\n');
  }
}
