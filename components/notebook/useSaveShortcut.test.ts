import { describe, expect, it } from 'vitest';
import { isSaveKey } from './useSaveShortcut';

const key = (k: string, mods: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean; shiftKey?: boolean } = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('isSaveKey', () => {
  it('is Ctrl+S, or Cmd+S on macOS, with Caps Lock on too', () => {
    expect(isSaveKey(key('s', { ctrlKey: true }))).toBe(true);
    expect(isSaveKey(key('s', { metaKey: true }))).toBe(true);
    expect(isSaveKey(key('S', { ctrlKey: true }))).toBe(true);
  });

  it('is not S alone, nor Ctrl+Shift+S or Ctrl+Alt+S', () => {
    expect(isSaveKey(key('s'))).toBe(false);
    expect(isSaveKey(key('s', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isSaveKey(key('s', { ctrlKey: true, altKey: true }))).toBe(false);
  });
});
