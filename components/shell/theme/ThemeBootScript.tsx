import { THEME_BOOT_SCRIPT } from '@/lib/theme/themePreference';

/**
 * Runs THEME_BOOT_SCRIPT in <head>, before the body paints, so a stored Light or Dark shows
 * from the first frame. Why an inline script with the request's nonce: the page CSP
 * (proxy.ts) allows inline scripts only with that nonce, and a script is the only thing that
 * can read localStorage before paint. A cookie would let the server render the attribute
 * instead, but it would travel with every request and make pages differ by cookie; with
 * System chosen (the default) no script is needed at all, as CSS follows the OS alone.
 * suppressHydrationWarning: browsers hide a script's nonce from the DOM once it has run.
 */
export function ThemeBootScript({ nonce }: { nonce: string | undefined }) {
  return <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />;
}
