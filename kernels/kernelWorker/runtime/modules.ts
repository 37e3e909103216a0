/**
 * What `import ... from 'x'` resolves to in a cell. Cells can't load arbitrary packages at
 * run time (the app is offline and serves only its own files), so the shipped ones are listed.
 */
import * as tf from '@tensorflow/tfjs';
import Papa from 'papaparse';

const shipped: Record<string, () => Promise<unknown>> = {
  '@tensorflow/tfjs': async () => tf,
  '@tensorflow/tfjs-core': async () => tf,
  '@tensorflow/tfjs-layers': async () => tf,
  papaparse: async () => ({ default: Papa, ...Papa }),
};

/** The names a cell may import. */
export const importableModules = Object.keys(shipped);

/** Resolves a module specifier for a cell; unknown ones get an error listing what is available. */
export async function importForCell(specifier: string): Promise<unknown> {
  const load = shipped[specifier];
  if (!load) {
    throw new Error(
      `Cannot import "${specifier}": cells can import only the packages shipped with Sparkbook ` +
        `(${importableModules.join(', ')}). \`tf\`, \`datasets\` and \`display\` are already in scope.`,
    );
  }
  return load();
}
