/**
 * Finds every regular expression in src/: regex literals and `new RegExp(…)` / `RegExp(…)`
 * calls, read with the TypeScript parser (so regexes inside strings and comments are not
 * mistaken for code). Arguments that are plain literals are taken as written; others are
 * returned as dynamic call sites, which the audit captures at run time instead.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
}

export interface DynamicSite {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(?:ts|mts|cts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

/** The value of a literal expression, or undefined when it is computed. */
function literalString(node: ts.Expression | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  // String.raw`…` without substitutions.
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw' && ts.isNoSubstitutionTemplateLiteral(node.template))
    return node.template.rawText ?? node.template.text;
  if (ts.isParenthesizedExpression(node)) return literalString(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const a = literalString(node.left), b = literalString(node.right);
    return a === undefined || b === undefined ? undefined : a + b;
  }
  return undefined;
}

export function collect(root: string, dir: string): { literals: FoundRegex[]; dynamic: DynamicSite[] } {
  const literals: FoundRegex[] = [];
  const dynamic: DynamicSite[] = [];
  for (const path of sourceFiles(dir)) {
    const text = readFileSync(path, 'utf8');
    const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const file = relative(root, path);
    const lineOf = (n: ts.Node): number => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = (node as ts.RegularExpressionLiteral).text;
        const end = lit.lastIndexOf('/');
        literals.push({ file, line: lineOf(node), source: lit.slice(1, end), flags: lit.slice(end + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const src = literalString(node.arguments?.[0]);
        const flags = node.arguments && node.arguments.length > 1 ? literalString(node.arguments[1]) : '';
        if (src !== undefined && flags !== undefined) literals.push({ file, line: lineOf(node), source: src, flags });
        else dynamic.push({ file, line: lineOf(node), code: node.getText(sf).slice(0, 120) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, dynamic };
}
