/**
 * The page's side of the theme: reads and stores the reader's choice, sets it on <html>, and
 * tells subscribers when the shown theme changes: a choice here, a choice in another tab
 * (the storage event), or the OS switching between light and dark while System is chosen.
 * CSS does the repainting (light-dark() in app/globals.css); subscribers are the few things
 * that need the theme in JavaScript, such as Monaco, which takes a theme by name.
 */
import {
  parseThemePreference,
  resolveTheme,
  THEME_STORAGE_KEY,
  type ResolvedTheme,
  type ThemePreference,
} from '@/lib/theme/themePreference';

const DARK_QUERY = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();
let preference: ThemePreference | null = null;
let detach: (() => void) | null = null;

function readStored(): ThemePreference {
  try {
    return parseThemePreference(window.localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system'; // storage blocked: System, which needs nothing stored
  }
}

function applyToDocument(next: ThemePreference): void {
  const root = document.documentElement;
  if (next === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', next);
}

function emit(): void {
  for (const listener of listeners) listener();
}

/** The reader's choice (System when nothing, or something unreadable, is stored). */
export function getThemePreference(): ThemePreference {
  preference ??= readStored();
  return preference;
}

/** Whether the OS asks for dark. */
export function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/** The theme the page shows now. */
export function getResolvedTheme(): ResolvedTheme {
  return resolveTheme(getThemePreference(), systemPrefersDark());
}

/** Shows and remembers a choice; the page repaints at once, with no reload. */
export function setThemePreference(next: ThemePreference): void {
  preference = next;
  try {
    if (next === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, next);
  } catch {
    // Blocked storage: the choice holds for this page, and is forgotten on reload.
  }
  applyToDocument(next);
  emit();
}

/** Calls `listener` whenever the preference or the shown theme may have changed. */
export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  if (!detach) {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== THEME_STORAGE_KEY && event.key !== null) return;
      preference = readStored();
      applyToDocument(preference);
      emit();
    };
    const media = typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
    window.addEventListener('storage', onStorage);
    media?.addEventListener('change', emit);
    detach = () => {
      window.removeEventListener('storage', onStorage);
      media?.removeEventListener('change', emit);
    };
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      detach?.();
      detach = null;
    }
  };
}
