import { test, expect } from './fixtures';
import { newNotebook } from './helpers/gallery';
import {
  addCodeCell,
  codeOf,
  executionCount,
  kernelStatus,
  output,
  runCell,
  runCode,
  setCellCode,
  timeFromClickToOutput,
  waitForIdle,
} from './helpers/notebook';

const LONG_TRAINING = [
  'const xs = tf.randomNormal([64, 4]);',
  'const ys = tf.randomNormal([64, 1]);',
  'const net = tf.sequential({ layers: [',
  "  tf.layers.dense({ inputShape: [4], units: 8, activation: 'relu' }),",
  '  tf.layers.dense({ units: 1 }),',
  ']});',
  "net.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });",
  'await net.fit(xs, ys, { epochs: 1000, batchSize: 4, verbose: 0 });',
  "'finished'",
].join('\n');

test('Interrupt stops a model that is training, with KeyboardInterrupt, and the kernel goes idle', async ({ page }) => {
  await newNotebook(page);
  await setCellCode(page, 1, LONG_TRAINING);
  await runCell(page, 1);
  await expect(kernelStatus(page)).toHaveText(/Kernel busy/);
  const interrupt = page.getByRole('button', { name: 'Interrupt' });
  await expect(interrupt).toBeEnabled();
  // fit() has started once its live loss chart is in the output.
  await expect(output(page, 1).getByLabel('Loss chart')).toBeVisible();
  await expect(executionCount(page, 1)).toHaveText('[*]');
  await page.screenshot({ path: 'test-results/screens/training.png' });

  const interruptLatency = await timeFromClickToOutput(page, 1, 'KeyboardInterrupt');
  await interrupt.click();
  await expect(output(page, 1)).toContainText('KeyboardInterrupt');
  await waitForIdle(page);
  const latency = await interruptLatency();
  test.info().annotations.push({ type: 'interrupt latency', description: `${Math.round(latency)} ms` });
  expect(latency, 'ms from the click on Interrupt to KeyboardInterrupt in the output').toBeLessThan(3_000);
  await expect(output(page, 1)).not.toContainText('finished');
  await expect(executionCount(page, 1)).toHaveText('[1]');
  await expect(interrupt).toBeDisabled();

  // No restart was needed: the same kernel runs the next cell.
  await addCodeCell(page);
  await runCode(page, 2, '6 * 7');
  await expect(output(page, 2)).toHaveText('42');
});

test('Restart kernel stops `while (true) {}` within 2 s, keeps the notebook, and forgets variables', async ({ page }) => {
  await newNotebook(page);
  await runCode(page, 1, "const before = 1;\n'kept'");
  await expect(output(page, 1)).toHaveText('kept');

  await addCodeCell(page);
  await setCellCode(page, 2, 'while (true) {}');
  await runCell(page, 2);
  await expect(kernelStatus(page)).toHaveText(/Kernel busy/);
  await expect(executionCount(page, 2)).toHaveText('[*]');
  // Interrupt can't reach a synchronous loop; give it a moment to be truly stuck.
  await page.waitForTimeout(500);

  const restartLatency = await timeFromClickToOutput(page, 2, 'KernelRestarted');
  await page.getByRole('button', { name: 'Restart kernel' }).click();
  await expect(output(page, 2)).toContainText('KernelRestarted', { timeout: 5_000 });
  const latency = await restartLatency();
  test.info().annotations.push({ type: 'restart latency', description: `${Math.round(latency)} ms` });
  expect(latency, 'ms from the click on Restart kernel to the stuck cell being stopped').toBeLessThan(2_000);
  await waitForIdle(page);
  await page.screenshot({ path: 'test-results/screens/restarted.png' });

  // The notebook's text and earlier outputs are intact.
  await expect(codeOf(page, 1)).toContainText('const before = 1;');
  await expect(codeOf(page, 2)).toContainText('while (true) {}');
  await expect(output(page, 1)).toHaveText('kept');
  await expect(output(page, 2)).toContainText('Variables from earlier cells are gone');

  // ...but the kernel is new: `before` no longer exists.
  await addCodeCell(page);
  await runCode(page, 3, 'before + 1');
  await expect(output(page, 3).getByRole('group', { name: 'Error' })).toContainText('ReferenceError');
  await expect(output(page, 3)).toContainText('before');
  await expect(executionCount(page, 3)).toHaveText('[1]');
});
