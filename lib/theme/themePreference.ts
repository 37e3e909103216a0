/**
 * The reader's colour theme: what they chose (System, Light or Dark, remembered in
 * localStorage) and what that means now. Pure; the DOM side is components/shell/theme.
 *
 * How a theme reaches the page: app/globals.css writes every colour as light-dark(light, dark),
 * and <html> has `color-scheme: light dark`, so with no choice stored the page follows the
 * system's prefers-color-scheme with no script at all. A stored Light or Dark is set as
 * data-theme on <html>, which pins color-scheme; the boot script below does that before the
 * first paint, so a reader who chose Dark on a light system never sees a light flash.
 */

/** What the reader picked in the header. */
export type ThemePreference = 'system' | 'light' | 'dark';
/** The theme the page shows: the preference with "system" answered by the OS setting. */
export type ResolvedTheme = 'light' | 'dark';

/** The choices, in the order the header's menu lists them, with their labels. */
export const THEME_CHOICES: readonly { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The localStorage key of the choice; absent means System. */
export const THEME_STORAGE_KEY = 'sparkbook-theme';

/** A stored value as a preference; anything unknown (or nothing) is System. */
export function parseThemePreference(stored: string | null | undefined): ThemePreference {
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

/** The theme shown for a preference, given whether the system asks for dark. */
export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): ResolvedTheme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light';
  return preference;
}

/**
 * The inline script app/layout.tsx runs in <head>, before the body paints: it copies a stored
 * Light or Dark onto <html data-theme>. Plain ES5 with no imports (it runs before any bundle),
 * and it swallows storage errors (blocked storage means System, which CSS handles alone).
 */
export const THEME_BOOT_SCRIPT =
  `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});` +
  `if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t);}catch(e){}})();`;
