/**
 * The piscina worker of `finfigures extract --ndjson --jobs N`: a batch of JSON lines in,
 * their output records as NDJSON text out. Built to dist/cli-worker.js.
 */
import { processBatch, type BatchResult, type LineBatch } from '../stream/record';

export default function run(batch: LineBatch): BatchResult {
  return processBatch(batch);
}
