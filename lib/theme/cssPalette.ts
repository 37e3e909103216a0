/**
 * Reads the colour palette out of app/globals.css text: the light and dark value of every
 * --sb-* custom property in its :root block (written `light-dark(light, dark)`, or one value
 * for both). For the contrast tests, which check the colours the browser will actually use.
 */
import type { ResolvedTheme } from './themePreference';

/** Property name (`--sb-text`) -> its value in one theme (`#161616`). */
export type Palette = Readonly<Record<string, string>>;

/** Splits `a, b` at top-level commas (not those inside rgba(...)). */
function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/** The light and dark palettes of a stylesheet's first :root block. */
export function readPalette(css: string): Record<ResolvedTheme, Palette> {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1];
  if (!root) throw new Error('the stylesheet has no :root block');
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  for (const [, name, value] of root.matchAll(/(--sb-[\w-]+)\s*:\s*([^;]+);/g)) {
    const both = /^light-dark\((.*)\)$/.exec(value.trim());
    const [l, d] = both ? splitArguments(both[1]) : [value.trim(), value.trim()];
    if (d === undefined) throw new Error(`${name}: light-dark() needs two colours, got "${value.trim()}"`);
    light[name] = l;
    dark[name] = d;
  }
  return { light, dark };
}

/** One colour of a palette; a name it lacks is an error that says so. */
export function paletteColour(palette: Palette, name: string): string {
  const value = palette[name];
  if (value === undefined) throw new Error(`app/globals.css defines no ${name}`);
  return value;
}
