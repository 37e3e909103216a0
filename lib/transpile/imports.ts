import type { ImportDeclaration, Program } from 'acorn';
import { simple } from 'acorn-walk';
import { lineBreaksIn, type Edit } from './edits';
import { RUNTIME } from './runtimeNames';

/** A name bound by a static import, with the module it comes from. */
export interface CellImport {
  /** The local binding, e.g. `tf` in `import * as tf from '@tensorflow/tfjs'`. */
  local: string;
  /** The module specifier as written. */
  module: string;
}

/** Every local name bound by the cell's static imports. */
export function staticImports(program: Program): CellImport[] {
  return importDeclarations(program).flatMap((declaration) =>
    declaration.specifiers.map((specifier) => ({ local: specifier.local.name, module: moduleOf(declaration) })),
  );
}

/**
 * Edits that turn imports into calls to the kernel's loader: a cell is a function body, where
 * static `import` is illegal, and the kernel decides how modules resolve (CDN, bundled, cached).
 * Static imports become `const … = await __import("m");` on the same lines; `import(…)` becomes `__import(…)`.
 */
export function importEdits(program: Program, code: string): Edit[] {
  const edits: Edit[] = importDeclarations(program).map((declaration) => ({
    start: declaration.start,
    end: declaration.end,
    // Pad with the newlines the import spanned so later lines keep their numbers.
    text: rewriteImport(declaration) + lineBreaksIn(code.slice(declaration.start, declaration.end)),
  }));
  simple(program, {
    ImportExpression(node) {
      edits.push({ start: node.start, end: node.start + 'import'.length, text: RUNTIME.import });
    },
  });
  return edits;
}

function importDeclarations(program: Program): ImportDeclaration[] {
  return program.body.filter((statement): statement is ImportDeclaration => statement.type === 'ImportDeclaration');
}

function moduleOf(declaration: ImportDeclaration): string {
  return String(declaration.source.value);
}

function rewriteImport(declaration: ImportDeclaration): string {
  const load = `await ${RUNTIME.import}(${JSON.stringify(moduleOf(declaration))}${attributesOf(declaration)})`;
  const namespace = declaration.specifiers.find((specifier) => specifier.type === 'ImportNamespaceSpecifier');
  const fields = declaration.specifiers.flatMap((specifier) => {
    switch (specifier.type) {
      case 'ImportNamespaceSpecifier':
        return [];
      case 'ImportDefaultSpecifier':
        return [`default: ${specifier.local.name}`];
      case 'ImportSpecifier': {
        const { imported, local } = specifier;
        const key = imported.type === 'Identifier' ? imported.name : JSON.stringify(imported.value);
        return [key === local.name ? key : `${key}: ${local.name}`];
      }
    }
  });
  const pattern = `{${fields.join(', ')}}`;
  if (namespace) {
    // `import d, * as ns from "m"`: load once, then take the default export from the namespace.
    const rest = fields.length > 0 ? `, ${pattern} = ${namespace.local.name}` : '';
    return `const ${namespace.local.name} = ${load}${rest};`;
  }
  if (fields.length === 0) return `${load};`; // side-effect import, or only type imports were stripped
  return `const ${pattern} = ${load};`;
}

/** `with { type: "json" }` becomes the options argument dynamic `import()` would take. */
function attributesOf(declaration: ImportDeclaration): string {
  if (declaration.attributes.length === 0) return '';
  const entries = declaration.attributes.map(({ key, value }) => {
    const name = key.type === 'Identifier' ? key.name : String(key.value);
    return `${JSON.stringify(name)}: ${JSON.stringify(value.value)}`;
  });
  return `, { with: { ${entries.join(', ')} } }`;
}
