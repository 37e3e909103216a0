/**
 * Makes this worker's heavy WASM kernels pause while the page claims the cores to answer a key
 * press or click (kernels/wire/pageInputSignal.ts). Both workers train: the executors in
 * spark.fit and sweeps, the kernel in a cell's own model.fit.
 */
import { mapPageInputSignal, waitForPageSync } from '../wire/pageInputSignal';
import { setKernelYieldPoint } from '../wasm-training/yieldPoint';

/** With null (memory can't be shared with the page), kernels never pause. */
export function kernelsYieldToPage(buffer: SharedArrayBuffer | null) {
  if (!buffer) {
    setKernelYieldPoint(null);
    return;
  }
  const signal = mapPageInputSignal(buffer);
  setKernelYieldPoint(() => waitForPageSync(signal));
}
