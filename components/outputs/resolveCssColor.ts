/**
 * A CSS colour as canvas needs it: canvas takes no var() or light-dark(), and a custom property's
 * computed value is its unresolved text. A probe element inside `context` (so it inherits that
 * context's colour scheme and custom properties) is given the colour, and its computed `color`
 * is the resolved rgb() value.
 */
export function resolveCssColor(context: Element, color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  probe.style.display = 'none';
  context.appendChild(probe);
  try {
    return getComputedStyle(probe).color;
  } finally {
    probe.remove();
  }
}
