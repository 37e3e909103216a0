import Link from 'next/link';
import { LegacyPathRedirect } from '../components/shell/LegacyPathRedirect';

/** Any unknown path. In the static export this is 404.html, which also forwards old /notebooks/<id> links. */
export default function NotFound() {
  return (
    <p role="alert">
      <LegacyPathRedirect />
      There is no page at this address. <Link href="/">Back to notebooks</Link>
    </p>
  );
}
