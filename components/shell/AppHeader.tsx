import Link from 'next/link';
import styles from './AppHeader.module.css';
import { ThemeSelect } from './theme/ThemeSelect';

/** The dark top bar of every page, as in IBM's Data Science Experience. */
export function AppHeader() {
  return (
    <header className={styles.header}>
      <Link href="/" className={styles.brand}>
        <span className={styles.logo} aria-hidden="true">
          ✦
        </span>{' '}
        Spark<strong>book</strong>
      </Link>
      <nav aria-label="Main" className={styles.nav}>
        <Link href="/">Notebooks</Link>
        <Link href="/jobs">Jobs</Link>
        <Link href="/models">Models</Link>
        <Link href="/data">Data</Link>
        <Link href="/experiments">Experiments</Link>
      </nav>
      <ThemeSelect />
    </header>
  );
}
