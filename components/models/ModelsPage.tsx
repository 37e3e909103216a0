'use client';
/**
 * /models: the model repository. Every model saved from a cell (models.save) or imported from
 * a Keras or TensorFlow.js file, latest version first by default, with Import model, and per
 * version Download (in a chosen format) and Delete.
 */
import { useCallback, useState } from 'react';
import type { ModelRecord } from '../../lib/models/modelRecord';
import { modelStore } from '../../lib/state/browserStores';
import { ModelImport } from './ModelImport';
import { ModelsTable } from './ModelsTable';
import { useModelList } from './useModelList';
import { SectionBoundary } from '../shell/SectionBoundary';
import { Notice } from '../shell/Notice';
import jobs from '../jobs/Jobs.module.css';
import styles from './Models.module.css';

export function ModelsPage() {
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const showError = useCallback((message: string) => {
    setStatus(null);
    setError(message);
  }, []);
  const { models, shown, refresh, sort, toggleSort, allVersions, setAllVersions } = useModelList(showError);
  const versionCount = models?.length ?? 0;

  async function imported(model: ModelRecord) {
    setError(null);
    const notes = model.importedFrom?.notes?.length ? ` Note: ${model.importedFrom.notes.join(' ')}` : '';
    setStatus(
      `Imported ${model.name} (version ${model.version}): ${model.params.toLocaleString('en-US')} parameters. Load it in a cell with await models.load('${model.name}').${notes}`,
    );
    await refresh();
  }

  async function remove(model: ModelRecord) {
    if (!window.confirm(`Delete ${model.name} version ${model.version} from the repository? This can't be undone.`)) return;
    try {
      await modelStore().delete(model.id);
      setStatus(`Deleted ${model.name} version ${model.version}.`);
    } catch (e) {
      showError(`Could not delete ${model.name}: ${(e as Error).message}`);
    }
    await refresh();
  }

  return (
    <div className={jobs.page}>
      <div className={jobs.hero}>
        <div>
          <h1>Models</h1>
          <p>
            Models saved from notebooks with models.save, and Keras or TensorFlow.js models imported from files. Each save of a name is a
            new version.
          </p>
        </div>
      </div>
      <ModelImport onImported={(m) => void imported(m)} onError={showError} />
      <Notice kind="error">{error}</Notice>
      <Notice kind="status">{status}</Notice>
      {models === null ? (
        <p className={jobs.muted}>Loading…</p>
      ) : models.length === 0 ? (
        <div className={jobs.empty}>
          <p>
            <strong>No models yet</strong>
          </p>
          <p className={jobs.muted}>
            Import a Keras .h5 or .keras file above, or run await models.save(model, &apos;my-model&apos;) in a notebook.
          </p>
        </div>
      ) : (
        <>
          <div className={jobs.toolbar}>
            <label className={styles.checkbox}>
              <input type="checkbox" checked={allVersions} onChange={(e) => setAllVersions(e.target.checked)} /> Show every version (
              {versionCount})
            </label>
          </div>
          <SectionBoundary name="The models table">
            <ModelsTable models={shown} sort={sort} onSort={toggleSort} onDelete={(m) => void remove(m)} onError={showError} />
          </SectionBoundary>
        </>
      )}
    </div>
  );
}
