import { test, expect } from './fixtures';
import { newNotebook } from './helpers/gallery';
import { addCodeCell, cell, output, runCode } from './helpers/notebook';

test('cells share one kernel: variables, top-level await, console, display and a name defined once', async ({ page }) => {
  await newNotebook(page);

  await test.step('a variable from cell 1 is visible in cell 2', async () => {
    await runCode(page, 1, 'const a = 5');
    await expect(output(page, 1)).toHaveText('');
    await addCodeCell(page);
    await runCode(page, 2, 'a * 3');
    await expect(output(page, 2)).toHaveText('15');
  });

  await test.step('top-level await works', async () => {
    await addCodeCell(page);
    await runCode(page, 3, "await new Promise(r => setTimeout(r, 100)); 'done'");
    await expect(output(page, 3)).toContainText('done');
  });

  await test.step('console.log writes to the cell output', async () => {
    await addCodeCell(page);
    await runCode(page, 4, "console.log('hello from the kernel', a + 1)");
    await expect(output(page, 4)).toContainText('hello from the kernel 6');
  });

  await test.step('display() of a tensor shows its dtype, shape and values', async () => {
    await addCodeCell(page);
    await runCode(page, 5, 'display(tf.tensor2d([[1, 2], [3, 4]]))');
    const out = output(page, 5);
    await expect(out).toContainText('Tensor float32 [2,2]');
    await expect(out.getByRole('table')).toBeVisible();
    for (const v of ['1', '2', '3', '4']) await expect(out.getByRole('cell', { name: v, exact: true })).toBeVisible();
  });

  await test.step('display(model) shows a Keras-style summary with parameter counts', async () => {
    await addCodeCell(page);
    await runCode(
      page,
      6,
      [
        'const model = tf.sequential({ layers: [',
        "  tf.layers.dense({ inputShape: [4], units: 10, activation: 'relu' }),",
        "  tf.layers.dense({ units: 3, activation: 'softmax' }),",
        ']});',
        'display(model)',
      ].join('\n'),
    );
    const summary = output(page, 6).getByRole('table');
    await expect(summary).toContainText('Layer (type)');
    await expect(summary).toContainText('Param #');
    // Dense 4 -> 10: 4*10 weights + 10 biases; Dense 10 -> 3: 30 + 3.
    const rows = summary.locator('tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('Dense');
    await expect(rows.nth(0).getByRole('cell').last()).toHaveText('50');
    await expect(rows.nth(1).getByRole('cell').last()).toHaveText('33');
    await expect(summary.getByRole('row', { name: /Total params/ })).toContainText('83');
    await cell(page, 6).screenshot({ path: 'test-results/screens/rich-outputs.png' });
  });

  await test.step('defining `a` again in another cell is an error that names cell 1', async () => {
    await addCodeCell(page);
    await runCode(page, 7, 'const a = 7');
    const out = output(page, 7);
    await expect(out.getByRole('group', { name: 'Error' })).toContainText('RedefinitionError');
    await expect(out).toContainText('`a` (cell 1)');
    // ...and the original value is untouched.
    await addCodeCell(page);
    await runCode(page, 8, 'a');
    await expect(output(page, 8)).toHaveText('5');
  });
});
