/**
 * The banner over an untrusted notebook (lib/notebook/trust.ts): what running its code can do
 * here, and a button to trust it.
 */
import styles from './Trust.module.css';

/** What an untrusted notebook's code can reach once run; the banner and the question both say it. */
export const UNTRUSTED_CODE_REACH =
  'Running its code lets it read and change the other notebooks, models and jobs saved in this browser. ' +
  'It cannot send them to other sites.';

export function UntrustedBanner({ source, onTrust }: { source: string; onTrust(): void }) {
  return (
    <div className={`sb-banner ${styles.banner}`} role="region" aria-label="Untrusted notebook">
      <div className={styles.bannerText}>
        <strong>Untrusted notebook</strong>
        <p>
          {source} {UNTRUSTED_CODE_REACH} Read the code before you run it.
        </p>
      </div>
      <button type="button" className="sb-button sb-button-secondary" onClick={onTrust}>
        Trust this notebook
      </button>
    </div>
  );
}
