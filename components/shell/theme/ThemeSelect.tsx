'use client';
import { useId } from 'react';
import { THEME_CHOICES, parseThemePreference } from '@/lib/theme/themePreference';
import styles from './ThemeSelect.module.css';
import { setThemePreference } from './themeStore';
import { useThemePreference } from './useTheme';

/** The header's theme menu: System (follow the OS), Light or Dark, remembered across visits. */
export function ThemeSelect() {
  const preference = useThemePreference();
  const id = useId();
  return (
    <span className={styles.theme}>
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        className={styles.select}
        value={preference}
        onChange={(event) => setThemePreference(parseThemePreference(event.target.value))}
      >
        {THEME_CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </span>
  );
}
