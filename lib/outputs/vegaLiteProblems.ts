import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * Compiles a spec with vega-lite itself (the compiler JupyterLab's and VS Code's renderers run)
 * and returns every error and warning it reports, one line each; empty when it compiles cleanly.
 * For tests (vega-lite is a dev dependency); the app never loads it.
 */
export function vegaLiteProblems(spec: unknown): string[] {
  const problems: string[] = [];
  const logger = {
    level: () => logger,
    error: (...args: unknown[]) => (problems.push(`error: ${args.join(' ')}`), logger),
    warn: (...args: unknown[]) => (problems.push(`warning: ${args.join(' ')}`), logger),
    info: () => logger,
    debug: () => logger,
  };
  try {
    compile(spec as TopLevelSpec, { logger } as unknown as Parameters<typeof compile>[1]);
  } catch (e) {
    problems.push(`error: ${e instanceof Error ? e.message : String(e)}`);
  }
  return problems;
}

/**
 * Compiles the spec and runs it in a headless Vega view, as a notebook renderer would, and returns
 * the rows the marks are drawn from: proof that the inline data parses, and parses as intended.
 */
export async function vegaLiteSourceRows(spec: unknown): Promise<Record<string, unknown>[]> {
  const compiled = compile(spec as TopLevelSpec).spec;
  // Vega-Lite turns the format's `parse` into formulas on a dataset derived from the raw one.
  const parsed = (compiled.data ?? []).some((d) => d.name === 'data_0') ? 'data_0' : 'source_0';
  const view = new View(parse(compiled), { renderer: 'none' });
  try {
    await view.runAsync();
    // Object.entries leaves out the Symbol key Vega tags each row with.
    return (view.data(parsed) as Record<string, unknown>[]).map((row) => Object.fromEntries(Object.entries(row)));
  } finally {
    view.finalize();
  }
}
