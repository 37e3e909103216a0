// Copies the files the browser loads at run time out of node_modules into public/vendor,
// so the app serves every byte itself (no CDN): Monaco's AMD build (the loader
// @monaco-editor/react uses), TensorFlow.js's WASM binaries, and the editor's type bundle.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEditorTypes } from './build-editor-types.mjs';
import { externalizeDataFonts } from './externalize-data-fonts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vendor = join(root, 'public', 'vendor');

function copyDir(from, to) {
  if (!existsSync(from)) throw new Error(`copy-vendor: ${from} is missing; run npm install first`);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(dirname(to), { recursive: true });
  cpSync(from, to, { recursive: true });
}

copyDir(join(root, 'node_modules/monaco-editor/min/vs'), join(vendor, 'monaco/vs'));

// The editor's icon font ships inside its stylesheet as a data: URL; the CSP's font-src 'self'
// needs it served as a file of ours (scripts/externalize-data-fonts.mjs).
const editorCss = join(vendor, 'monaco/vs/editor/editor.main.css');
const { css, fonts } = externalizeDataFonts(readFileSync(editorCss, 'utf8'), 'codicon');
for (const font of fonts) writeFileSync(join(dirname(editorCss), font.name), font.bytes);
writeFileSync(editorCss, css);

const wasmDir = join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');
mkdirSync(join(vendor, 'tfjs-wasm'), { recursive: true });
for (const f of readdirSync(wasmDir).filter((f) => f.endsWith('.wasm'))) {
  cpSync(join(wasmDir, f), join(vendor, 'tfjs-wasm', f));
}

// Declarations of tf & co. for the editor's IntelliSense (scripts/build-editor-types.mjs).
buildEditorTypes({ outFile: join(vendor, 'editor-types.json') });
console.log('copy-vendor: public/vendor ready');
