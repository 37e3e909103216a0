/**
 * The import rules the tree's layout promises, checked over every module of the app:
 * - no import circles (type-only imports included: a circle of types still ties modules together);
 * - lib/ is plain TypeScript shared by every thread: it imports nothing from kernels/, components/ or app/;
 * - kernels/ (the workers, and the page's client of them) imports no React UI and no page state;
 * - the UI reaches the workers only through kernels/page/ and the two protocol modules;
 * - each thread's folder imports another thread's code only through kernels/wire/ (what crosses a
 *   boundary) and kernels/sharedByWorkers/ (code both workers load): the page's kernels/page/, the
 *   kernel worker's kernels/kernelWorker/ and the executors' kernels/executorWorker/ never import
 *   each other;
 * - test fixtures and helpers live in testing/, which only tests (and shared contract suites) import.
 */
import madge from 'madge';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
let graph: Record<string, string[]>;
let circles: string[][];

beforeAll(async () => {
  const result = await madge(['app', 'components', 'kernels', 'lib'], {
    baseDir: root,
    fileExtensions: ['ts', 'tsx'],
    tsConfig: join(root, 'tsconfig.json'),
    excludeRegExp: [/\.test\.tsx?$/, /\.d\.ts$/],
    detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
  });
  graph = result.obj();
  circles = result.circular();
}, 120_000);

/** Every import from a module under `from` to a module under one of `to`, as "importer -> imported". */
function importsBetween(from: string, to: string[]): string[] {
  return Object.entries(graph).flatMap(([file, deps]) =>
    file.startsWith(from) ? deps.filter((dep) => to.some((prefix) => dep.startsWith(prefix))).map((dep) => `${file} -> ${dep}`) : [],
  );
}

describe('import rules', () => {
  it('sees the whole app (a broken resolver would make every rule pass vacuously)', () => {
    const files = Object.keys(graph);
    expect(files.length).toBeGreaterThan(300);
    expect(graph['components/notebook/useNotebookSession.ts']).toContain('lib/state/autosave.ts');
  });

  it('has no import circles', () => {
    expect(circles.map((circle) => circle.join(' -> '))).toEqual([]);
  });

  it('lib/ imports nothing from kernels/, components/ or app/', () => {
    expect(importsBetween('lib/', ['kernels/', 'components/', 'app/'])).toEqual([]);
  });

  it('kernels/ imports nothing from components/ or app/', () => {
    expect(importsBetween('kernels/', ['components/', 'app/'])).toEqual([]);
  });

  it('the UI reaches the workers only through kernels/page/ and the protocols', () => {
    const allowed = (edge: string) => /-> kernels\/(page\/|wire\/pageKernelProtocol\.ts$|wire\/kernelExecutorProtocol\.ts$)/.test(edge);
    const ui = [...importsBetween('components/', ['kernels/']), ...importsBetween('app/', ['kernels/'])];
    expect(ui.filter((edge) => !allowed(edge))).toEqual([]);
  });

  it('the thread folders reach each other only through wire/ and sharedByWorkers/', () => {
    const threads = ['kernels/page/', 'kernels/kernelWorker/', 'kernels/executorWorker/'];
    const crossings = threads.flatMap((from) =>
      importsBetween(
        from,
        threads.filter((to) => to !== from),
      ),
    );
    expect(crossings).toEqual([]);
    expect(importsBetween('kernels/sharedByWorkers/', threads)).toEqual([]);
    expect(importsBetween('kernels/wire/', threads)).toEqual([]);
  });

  it('only tests import testing/', () => {
    const fromApp = [
      ...importsBetween('app/', ['testing/']),
      ...importsBetween('components/', ['testing/']),
      ...importsBetween('kernels/', ['testing/']),
      ...importsBetween('lib/', ['testing/']),
    ];
    expect(fromApp.filter((edge) => !/^\S+\.contract\.ts ->/.test(edge))).toEqual([]);
  });
});
