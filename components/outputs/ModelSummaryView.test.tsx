import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ModelSummaryView } from './ModelSummaryView';

describe('ModelSummaryView', () => {
  it('lists layers and the parameter totals like Keras', () => {
    const html = renderToStaticMarkup(
      <ModelSummaryView
        model={{
          name: 'iris',
          layers: [{ name: 'hidden', className: 'Dense', outputShape: '[null,10]', params: 50 }],
          totalParams: 12345,
          trainableParams: 12305,
          nonTrainableParams: 40,
        }}
      />,
    );
    expect(html).toContain('Model: “iris”');
    expect(html).toContain('<th scope="col">Layer (type)</th>');
    expect(html).toContain('hidden (Dense)');
    expect(html).toContain('[null,10]');
    expect(html).toMatch(/Total params<\/th><td[^>]*>12,345<\/td>/);
    expect(html).toMatch(/Non-trainable params<\/th><td[^>]*>40<\/td>/);
  });
});
