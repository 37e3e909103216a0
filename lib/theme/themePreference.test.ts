import { describe, expect, it } from 'vitest';
import { parseThemePreference, resolveTheme, THEME_BOOT_SCRIPT, THEME_STORAGE_KEY } from './themePreference';

/** Runs the boot script against a fake <html> and storage; returns the data-theme it set. */
function boot(stored: string | null, storageThrows = false): string | undefined {
  const attributes: Record<string, string> = {};
  const document = { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } };
  const localStorage = {
    getItem(key: string) {
      if (storageThrows) throw new Error('SecurityError: storage is blocked');
      return key === THEME_STORAGE_KEY ? stored : null;
    },
  };
  new Function('document', 'localStorage', THEME_BOOT_SCRIPT)(document, localStorage);
  return attributes['data-theme'];
}

describe('theme preference', () => {
  it('reads light and dark, and treats anything else as System', () => {
    expect(parseThemePreference('light')).toBe('light');
    expect(parseThemePreference('dark')).toBe('dark');
    expect(parseThemePreference(null)).toBe('system');
    expect(parseThemePreference('Dark')).toBe('system');
    expect(parseThemePreference('solarized')).toBe('system');
  });

  it('answers System with the OS setting and keeps an explicit choice whatever the OS says', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

describe('the boot script run before first paint', () => {
  it('pins a stored Light or Dark on <html>', () => {
    expect(boot('dark')).toBe('dark');
    expect(boot('light')).toBe('light');
  });

  it('leaves System (nothing stored, or something unknown) to CSS', () => {
    expect(boot(null)).toBeUndefined();
    expect(boot('<img onerror=alert(1)>')).toBeUndefined();
  });

  it('does not throw where storage is blocked', () => {
    expect(boot('dark', true)).toBeUndefined();
  });
});
