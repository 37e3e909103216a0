import type { ModelSummary } from '@/lib/outputs/mime';
import styles from './outputs.module.css';

const count = (n: number) => n.toLocaleString('en-US');

/** A Keras-style model summary: Layer (type) | Output shape | Param #, then the totals. */
export function ModelSummaryView({ model }: { model: ModelSummary }) {
  const totals: [string, number][] = [
    ['Total params', model.totalParams],
    ['Trainable params', model.trainableParams],
    ['Non-trainable params', model.nonTrainableParams],
  ];
  return (
    <table className={styles.table}>
      <caption>Model: &ldquo;{model.name}&rdquo;</caption>
      <thead>
        <tr>
          <th scope="col">Layer (type)</th>
          <th scope="col">Output shape</th>
          <th scope="col" className={styles.number}>
            Param #
          </th>
        </tr>
      </thead>
      <tbody>
        {model.layers.map((layer, i) => (
          <tr key={i}>
            <td>
              {layer.name} ({layer.className})
            </td>
            <td className={styles.mono}>{layer.outputShape}</td>
            <td className={styles.number}>{count(layer.params)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        {totals.map(([label, value]) => (
          <tr key={label}>
            <th scope="row" colSpan={2}>
              {label}
            </th>
            <td className={styles.number}>{count(value)}</td>
          </tr>
        ))}
      </tfoot>
    </table>
  );
}
