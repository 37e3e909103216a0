'use client';
import type { ReactNode } from 'react';
import { formatTimestamp } from '../../lib/jobs/formatJob';
import { formatMetrics, formatShapes } from '../../lib/models/modelList';
import type { ModelRecord } from '../../lib/models/modelRecord';
import { ModelSource } from './ModelSource';
import jobs from '../jobs/Jobs.module.css';
import styles from './Models.module.css';

/** What a model version is: its shape, how it was compiled, how it scored, where it came from. */
export function ModelFacts({ model }: { model: ModelRecord }) {
  const facts: [string, ReactNode][] = [
    ['Version', model.version],
    ['Created', formatTimestamp(model.createdAt)],
    ['Class', model.className],
    ['Parameters', model.params.toLocaleString('en-US')],
    [
      'Inputs → outputs',
      <span className={styles.shapes}>
        {formatShapes(model.inputShapes)} → {formatShapes(model.outputShapes)}
      </span>,
    ],
    ['Loss', model.loss ?? 'not compiled'],
    ['Optimizer', model.optimizer ?? '—'],
    ['Final metrics', formatMetrics(model) || '—'],
    ['Source', <ModelSource model={model} />],
  ];
  const imported = model.importedFrom;
  if (imported)
    facts.push([
      'Imported from',
      `${imported.fileName} (${imported.format}${imported.kerasVersion ? `, Keras ${imported.kerasVersion}` : ''})`,
    ]);
  return (
    <dl className={jobs.facts}>
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
