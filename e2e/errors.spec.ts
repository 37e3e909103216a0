import { test, expect } from './fixtures';
import { newNotebook } from './helpers/gallery';
import { addCodeCell, executionCount, output, runCode } from './helpers/notebook';

test('an error shows its name and the cell line, and the kernel stays usable', async ({ page }) => {
  await newNotebook(page);

  await runCode(page, 1, 'const y = 1;\nnull.foo');
  const error = output(page, 1).getByRole('group', { name: 'Error' });
  await expect(error).toContainText('TypeError');
  await expect(error).toContainText('line 2');
  await expect(executionCount(page, 1)).toHaveText('[1]');
  await page.screenshot({ path: 'test-results/screens/error.png' });

  await addCodeCell(page);
  await runCode(page, 2, '[1, 2, 3].map((v) => v * 2).join()');
  await expect(output(page, 2)).toHaveText('2,4,6');
  await expect(executionCount(page, 2)).toHaveText('[2]');
});

test('a syntax error points at its line and runs nothing', async ({ page }) => {
  await newNotebook(page);
  await runCode(page, 1, 'const ok = 1;\nconst = 2');
  const error = output(page, 1).getByRole('group', { name: 'Error' });
  await expect(error).toContainText('SyntaxError');
  await expect(error).toContainText('line 2');

  await addCodeCell(page);
  await runCode(page, 2, 'typeof ok');
  await expect(output(page, 2)).toHaveText('undefined');
});
