// Bundles the TypeScript declarations that code cells can see (TensorFlow.js, papaparse) into
// public/vendor/editor-types.json, so the editor's TypeScript worker gets IntelliSense for `tf`
// offline from one same-origin request. Keys are the virtual paths Monaco's TS service resolves
// modules against (file:///node_modules/<pkg>/...), values the file text.
//
// Only files reachable from each package's entry .d.ts are kept (no tests, no gradients
// internals that nothing imports), and licence headers and source-map comments are stripped.
import { existsSync, readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Packages cells use: the tfjs umbrella and its parts, and the shipped importable modules. */
export const ENTRY_PACKAGES = [
  '@tensorflow/tfjs',
  '@tensorflow/tfjs-core',
  '@tensorflow/tfjs-layers',
  '@tensorflow/tfjs-converter',
  '@tensorflow/tfjs-data',
  'papaparse',
];

/**
 * Packages the entries reference that we deliberately leave out; the names they provide fall
 * back to `any` inside the library, which the editor never reports.
 * - node / Node built-ins: papaparse's stream overloads and tfjs's file loaders; cells run in
 *   a browser worker, so offering them would mislead.
 * - @webgpu/types (105 KB): appears only in tensor.dataToGPU()'s result type.
 */
const SKIPPED_PACKAGES = new Set(['node', '@types/node', '@webgpu/types', ...builtinModules]);

function packageNameOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** node_modules/<name> or, for untyped packages, node_modules/@types/<name>. */
function findPackageDir(name, nodeModules) {
  const direct = join(nodeModules, name);
  const pkgJson = join(direct, 'package.json');
  if (existsSync(pkgJson)) {
    const pkg = JSON.parse(readFileSync(pkgJson, 'utf8'));
    if (pkg.types || pkg.typings || existsSync(join(direct, 'index.d.ts'))) return { name, dir: direct };
  }
  const typesName = `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
  const typesDir = join(nodeModules, typesName);
  if (existsSync(join(typesDir, 'package.json'))) return { name: typesName, dir: typesDir };
  return null;
}

function isFile(path) {
  return existsSync(path) && statSync(path).isFile();
}

/** The .d.ts a path-like specifier names, trying the same suffixes TypeScript's resolver does. */
function resolveDeclarationPath(base) {
  const stem = base.replace(/\.(m|c)?js$/, '');
  for (const candidate of [`${stem}.d.ts`, base.endsWith('.d.ts') ? base : null, join(stem, 'index.d.ts')]) {
    if (candidate && isFile(candidate)) return candidate;
  }
  return null;
}

function entryDeclaration(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const types = pkg.types ?? pkg.typings ?? 'index.d.ts';
  return resolveDeclarationPath(join(dir, types));
}

/** Strips what the editor never shows: licence banners, AMD names and source-map comments. */
export function slimDeclaration(text) {
  return text
    .replace(/\/\*(?:(?!\*\/)[^])*@license(?:(?!\*\/)[^])*\*\/\s*/g, '')
    .replace(/^\/\/\/ <amd-module [^>]*>\s*$/gm, '')
    .replace(/^\/\/# sourceMappingURL=.*$/gm, '')
    .trimStart()
    .trimEnd()
    .concat('\n');
}

/** Every module/type/path reference a declaration file makes. */
function referencesOf(text) {
  const info = ts.preProcessFile(text, true, true);
  return {
    modules: [...info.importedFiles, ...info.typeReferenceDirectives].map((r) => r.fileName),
    paths: info.referencedFiles.map((r) => r.fileName),
  };
}

/**
 * Walks the declaration graph from the entry packages.
 * @returns {{ files: Record<string, string>, skipped: string[] }} files keyed by virtual path
 */
export function collectEditorTypes({ nodeModules = join(root, 'node_modules'), entries = ENTRY_PACKAGES } = {}) {
  const files = {};
  const skipped = new Set();
  const packages = new Map(); // package dir -> { name, types }
  const queue = [];
  const seen = new Set();

  const virtualPath = (abs) => `file:///node_modules/${relative(nodeModules, abs).split('\\').join('/')}`;
  const enqueue = (abs) => {
    if (abs && !seen.has(abs)) {
      seen.add(abs);
      queue.push(abs);
    }
  };
  const addPackage = (specifier) => {
    const name = packageNameOf(specifier);
    if (SKIPPED_PACKAGES.has(name) || SKIPPED_PACKAGES.has(specifier)) {
      skipped.add(name);
      return null;
    }
    const found = findPackageDir(name, nodeModules);
    if (!found) {
      skipped.add(`${name} (not installed)`);
      return null;
    }
    if (!packages.has(found.dir)) {
      const entry = entryDeclaration(found.dir);
      packages.set(found.dir, { name: found.name, types: entry ? relative(found.dir, entry).split('\\').join('/') : null });
    }
    return found.dir;
  };
  const resolveModule = (specifier, fromFile) => {
    if (specifier.startsWith('.')) return resolveDeclarationPath(join(dirname(fromFile), specifier));
    const dir = addPackage(specifier);
    if (!dir) return null;
    const sub = specifier.slice(packageNameOf(specifier).length).replace(/^\//, '');
    return sub ? resolveDeclarationPath(join(dir, sub)) : entryDeclaration(dir);
  };

  for (const name of entries) {
    const dir = addPackage(name);
    if (dir) enqueue(entryDeclaration(dir));
  }
  while (queue.length) {
    const file = queue.shift();
    const text = readFileSync(file, 'utf8');
    files[virtualPath(file)] = slimDeclaration(text);
    const refs = referencesOf(text);
    for (const p of refs.paths) enqueue(resolveDeclarationPath(join(dirname(file), p)));
    for (const m of refs.modules) {
      const resolved = resolveModule(m, file);
      if (!resolved && m.startsWith('.')) skipped.add(`${m} (from ${virtualPath(file)})`);
      enqueue(resolved);
    }
  }
  // TypeScript resolves a bare import through the package's package.json "types" field.
  for (const [dir, { name, types }] of packages) {
    if (!types) continue;
    files[virtualPath(join(dir, 'package.json'))] = JSON.stringify({ name, types });
  }
  return { files, skipped: [...skipped].sort() };
}

/** Writes public/vendor/editor-types.json and returns its size in bytes. */
export function buildEditorTypes({ outFile = join(root, 'public/vendor/editor-types.json') } = {}) {
  const { files, skipped } = collectEditorTypes();
  const json = JSON.stringify(files);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, json);
  const kb = (json.length / 1024).toFixed(0);
  console.log(
    `build-editor-types: ${Object.keys(files).length} files, ${kb} KB -> ${posix.relative(root, outFile)}` +
      (skipped.length ? `; left out: ${skipped.join(', ')}` : ''),
  );
  return json.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) buildEditorTypes();
