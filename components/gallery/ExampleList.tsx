'use client';
/**
 * Example notebooks shipped in public/notebooks (listed in index.json). Opening one makes a
 * copy in the user's store, so edits never change the example itself.
 */
import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { z } from 'zod';
import { parseIpynb } from '../../lib/notebook/ipynb';
import { notebookStore } from '../../lib/state/browserStores';
import { Notice } from '../shell/Notice';
import styles from './Gallery.module.css';
import { assetPath, notebookHref } from '../../lib/routes/appRoutes';

const exampleIndex = z.object({
  examples: z.array(z.object({ file: z.string(), title: z.string(), description: z.string().default('') })),
});
type Example = z.infer<typeof exampleIndex>['examples'][number];

export function ExampleList() {
  const router = useRouter();
  const [examples, setExamples] = useState<Example[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetch(assetPath('/notebooks/index.json'))
      .then((r) => (r.ok ? r.json() : { examples: [] }))
      .then((json) => setExamples(exampleIndex.parse(json).examples))
      .catch(() => setExamples([]));
  }, []);

  async function open(example: Example) {
    try {
      const text = await (await fetch(assetPath(`/notebooks/${example.file}`))).text();
      // Shipped with the app, so as trusted as the app itself.
      const nb = { ...parseIpynb(text, { fileName: example.file }), origin: 'example' as const, trusted: true };
      await notebookStore().put(nb);
      router.push(notebookHref(nb.id));
    } catch (e) {
      setError(`Could not open the example ${example.title}: ${(e as Error).message}`);
    }
  }

  if (!examples.length) return null;
  return (
    <section aria-labelledby="examples">
      <h2 id="examples">Examples</h2>
      <Notice kind="error">{error}</Notice>
      <ul className={styles.cards} aria-label="Example notebooks">
        {examples.map((ex) => (
          <li key={ex.file}>
            <button className={styles.card} onClick={() => void open(ex)}>
              <strong>{ex.title}</strong>
              <span>{ex.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
