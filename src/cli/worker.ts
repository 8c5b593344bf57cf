/**
 * The piscina worker of `finfigures extract --ndjson --jobs N`: a batch of input lines as UTF-8
 * bytes in, their output records as UTF-8 NDJSON bytes out (see batch.ts). The output's
 * ArrayBuffer is transferred back to the main thread, not copied. Built to dist/cli-worker.js.
 */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { processBytes, type ByteBatch, type ByteBatchResult } from './batch';

export default function run(batch: ByteBatch): ByteBatchResult {
  const result = processBytes(batch);
  // Piscina transfers what [transferableSymbol] lists and resolves the task with [valueSymbol].
  return move({ [transferableSymbol]: [result.output.buffer], [valueSymbol]: result }) as unknown as ByteBatchResult;
}
