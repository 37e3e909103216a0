import { Gallery } from '../components/gallery/Gallery';

export default function HomePage() {
  return <Gallery />;
}
