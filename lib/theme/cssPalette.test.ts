import { describe, expect, it } from 'vitest';
import { paletteColour, readPalette } from './cssPalette';

describe('readPalette', () => {
  const css = `/* :root is documented here */
:root {
  --sb-font: 'Plex', Arial, sans-serif;
  --sb-text: light-dark(#161616, #f4f4f4);
  --sb-overlay: light-dark(rgba(22, 22, 22, 0.5), rgba(0, 0, 0, 0.7));
  --other: red;
}
:root[data-theme='dark'] { color-scheme: dark; }`;

  it('splits light-dark() into the two themes, commas inside rgba() included', () => {
    const { light, dark } = readPalette(css);
    expect([light['--sb-text'], dark['--sb-text']]).toEqual(['#161616', '#f4f4f4']);
    expect([light['--sb-overlay'], dark['--sb-overlay']]).toEqual(['rgba(22, 22, 22, 0.5)', 'rgba(0, 0, 0, 0.7)']);
  });

  it('gives a single value to both themes and reads only --sb-* properties', () => {
    const { light, dark } = readPalette(css);
    expect(light['--sb-font']).toBe(dark['--sb-font']);
    expect(light['--other']).toBeUndefined();
  });

  it('names a missing colour and a light-dark() with one value', () => {
    expect(() => paletteColour(readPalette(css).light, '--sb-link')).toThrow('app/globals.css defines no --sb-link');
    expect(() => readPalette(':root { --sb-x: light-dark(#fff); }')).toThrow('--sb-x: light-dark() needs two colours');
  });
});
