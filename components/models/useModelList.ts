'use client';
/** The Models page's list: the repository's versions as stored, which of them show, and in what order. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { sortModels, type ModelSortKey, type SortDirection } from '../../lib/models/modelList';
import type { ModelRecord } from '../../lib/models/modelRecord';
import { latestVersions } from '../../lib/persistence/modelStore';
import { modelStore } from '../../lib/state/browserStores';

/** The direction a column sorts in when first chosen: names A–Z, everything else largest or newest first. */
const FIRST_DIRECTION: Record<ModelSortKey, SortDirection> = {
  name: 'ascending',
  version: 'descending',
  createdAt: 'descending',
  params: 'descending',
  metric: 'descending',
};

export function useModelList(onError: (message: string) => void) {
  const [models, setModels] = useState<ModelRecord[] | null>(null);
  const [allVersions, setAllVersions] = useState(false);
  const [sort, setSort] = useState<{ key: ModelSortKey; direction: SortDirection }>({ key: 'createdAt', direction: 'descending' });

  const refresh = useCallback(async () => {
    try {
      setModels(await modelStore().list());
    } catch (e) {
      onError(`Could not read the models from this browser's storage: ${(e as Error).message}`);
      setModels((prev) => prev ?? []);
    }
  }, [onError]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const shown = useMemo(
    () => sortModels(allVersions ? (models ?? []) : latestVersions(models ?? []), sort.key, sort.direction),
    [models, allVersions, sort],
  );

  const toggleSort = useCallback((key: ModelSortKey) => {
    setSort((prev) =>
      prev.key === key
        ? { key, direction: prev.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: FIRST_DIRECTION[key] },
    );
  }, []);

  return { models, shown, refresh, sort, toggleSort, allVersions, setAllVersions };
}
