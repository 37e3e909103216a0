import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { renderSettled } from '../../testing/renderSettled';
import { CLASSIFICATION_MIME, MODEL_MIME, REGRESSION_MIME, TABLE_MIME } from '@/lib/outputs/mime';
import type { Output } from '@/lib/notebook/types';
import { OutputView } from './OutputView';

const render = (output: Output) => renderToStaticMarkup(<OutputView output={output} />);
const display = (data: Record<string, unknown>): Output => ({ output_type: 'display_data', data, metadata: {} });

describe('OutputView', () => {
  it('shows stdout as preformatted text and tints stderr', () => {
    expect(render({ output_type: 'stream', name: 'stdout', text: 'Epoch 1/3' })).toContain('Epoch 1/3</pre>');
    expect(render({ output_type: 'stream', name: 'stderr', text: 'warning' })).toMatch(/class="[^"]*stderr[^"]*">warning/);
  });

  it('shows an error as a labelled group with its name, message and traceback, minus ANSI colours', () => {
    const html = render({
      output_type: 'error',
      ename: 'TypeError',
      evalue: 'x is not a function',
      traceback: ['\u001b[31mat cell 2, line 3\u001b[0m'],
    });
    expect(html).toContain('role="group" aria-label="Error"');
    expect(html).toMatch(/TypeError<\/span>: x is not a function/);
    expect(html).toContain('at cell 2, line 3</pre>');
  });

  it('shows a table payload as a real table', () => {
    const html = render(display({ 'text/plain': 'a', [TABLE_MIME]: { columns: ['a'], rows: [[1]], totalRows: 1 } }));
    expect(html).toContain('<table');
    expect(html).toMatch(/<td class="[^"]*number[^"]*">1<\/td>/);
  });

  it('falls back to text/plain when a rich payload fails validation', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = render(display({ 'text/plain': 'plain twin', [MODEL_MIME]: { name: 1 } }));
    expect(html).toContain('plain twin</pre>');
    expect(html).not.toContain('<table');
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('shows HTML only as escaped source', () => {
    const html = render(display({ 'text/html': '<img src=x onerror=alert(1)>' }));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('shown as source');
  });

  it('shows a PNG as an image', () => {
    const html = render({ output_type: 'execute_result', execution_count: 1, data: { 'image/png': 'iVBORw0KGgo=' }, metadata: {} });
    expect(html).toContain('<img class=');
    expect(html).toContain('src="data:image/png;base64,iVBORw0KGgo="');
  });

  it('renders text/markdown through the sanitising Markdown view', async () => {
    const html = await renderSettled(<OutputView output={display({ 'text/markdown': '**bold** <script>x()</script>' })} />);
    expect(html).toContain('<strong>bold</strong>');
    expect(html).not.toContain('<script');
  });

  it('joins text stored as a list of lines, as nbformat allows', () => {
    const output = { output_type: 'stream', name: 'stdout', text: ['a\n', 'b'] } as unknown as Output;
    expect(render(output)).toContain('a\nb</pre>');
  });

  it('re-renders a saved classification result as its matrix and report', () => {
    const html = render(
      display({
        'text/plain': 'report',
        [CLASSIFICATION_MIME]: {
          classNames: ['a', 'b'],
          confusionMatrix: [
            [2, 0],
            [1, 1],
          ],
          precision: [2 / 3, 1],
          recall: [1, 0.5],
          f1: [0.8, 2 / 3],
          support: [2, 2],
          accuracy: 0.75,
          macro: { precision: 5 / 6, recall: 0.75, f1: 11 / 15 },
        },
      }),
    );
    expect(html).toContain('<caption>Confusion matrix</caption>');
    expect(html).toContain('<caption>Classification report</caption>');
  });

  it('shows the text twin of a regression result whose saved payload is invalid', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = render(display({ 'text/plain': 'MSE 0.1', [REGRESSION_MIME]: { mse: null } }));
    expect(html).toContain('MSE 0.1</pre>');
    warn.mockRestore();
  });
});
