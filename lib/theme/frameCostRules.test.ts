import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameCostDeclarations } from './frameCostRules';

const root = join(__dirname, '..', '..');

function styleSheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return styleSheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

describe('frameCostDeclarations', () => {
  it('finds endless animations and transitions of layout properties, not colour or opacity transitions', () => {
    const css = `.a { animation: pulse 1s infinite; }
.b { transition: width 0.2s; }
.c { transition: opacity 0.2s, background-color 0.1s; }
/* .d { animation: spin 1s infinite; } */
.e { animation-iteration-count: infinite; }
.f { transition-property: margin-left; }`;
    expect(frameCostDeclarations(css)).toEqual([
      'animation: pulse 1s infinite',
      'transition: width 0.2s',
      'animation-iteration-count: infinite',
      'transition-property: margin-left',
    ]);
  });

  it('finds none in the app’s style sheets', () => {
    const offending = ['app', 'components']
      .flatMap((dir) => styleSheets(join(root, dir)))
      .flatMap((file) => frameCostDeclarations(readFileSync(file, 'utf8')).map((d) => `${relative(root, file)}: ${d}`));
    expect(offending).toEqual([]);
  });
});
