/**
 * Style rules that make the browser draw frame after frame on their own: an animation that runs
 * forever, or a transition of a property that needs layout (width, height, margins, offsets).
 * While a notebook trains, the page's frames compete with the training threads for the same cores,
 * and a key press then waits behind them; indicators change in one step instead.
 */

const LAYOUT_PROPERTIES = /\b(width|height|top|left|right|bottom|margin[-a-z]*|padding[-a-z]*|all)\b/;

/** The offending declarations in a style sheet, each as written. */
export function frameCostDeclarations(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const found: string[] = [];
  for (const match of withoutComments.matchAll(/(animation(?:-iteration-count)?|transition(?:-property)?)\s*:\s*([^;}]+)/g)) {
    const [declaration, property, value] = match;
    if (property.startsWith('animation') && /\binfinite\b/.test(value)) found.push(declaration.trim());
    if (property.startsWith('transition') && LAYOUT_PROPERTIES.test(value)) found.push(declaration.trim());
  }
  return found;
}
