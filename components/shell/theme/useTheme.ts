'use client';
import { useSyncExternalStore } from 'react';
import type { ResolvedTheme, ThemePreference } from '@/lib/theme/themePreference';
import { getResolvedTheme, getThemePreference, subscribeTheme } from './themeStore';

/** The reader's choice; System while server rendering and hydrating (the server cannot know). */
export function useThemePreference(): ThemePreference {
  return useSyncExternalStore(subscribeTheme, getThemePreference, () => 'system');
}

/** The theme the page shows, for code that needs it in JavaScript (Monaco); light on the server. */
export function useResolvedTheme(): ResolvedTheme {
  return useSyncExternalStore(subscribeTheme, getResolvedTheme, () => 'light');
}
