'use client';

import { assertNever } from '../../lib/types/assertNever';
import { useMemo } from 'react';
import { chooseView, type BundleView } from '@/lib/outputs/chooseView';
import {
  CHART_MIME,
  CLASSIFICATION_MIME,
  HEATMAP_MIME,
  HISTOGRAM_MIME,
  MODEL_MIME,
  PROGRESS_MIME,
  REGRESSION_MIME,
  SWEEP_MIME,
  TABLE_MIME,
  TENSOR_MIME,
  type SparkbookPayload,
} from '@/lib/outputs/mime';
import type { MimeBundle } from '@/lib/notebook/types';
import { ChartView } from './ChartView';
import { ClassificationView } from './ClassificationView';
import { HeatmapView } from './HeatmapView';
import { JsonTreeView } from './JsonTreeView';
import { LongText } from './LongText';
import { HistogramView, LatexView, MarkdownView } from './lazyViews';
import { ModelSummaryView } from './ModelSummaryView';
import styles from './outputs.module.css';
import { ProgressView } from './ProgressView';
import { RegressionView } from './RegressionView';
import { SweepView } from './SweepView';
import { TableView } from './TableView';
import { TensorView } from './TensorView';

function RichPayload({ payload }: { payload: SparkbookPayload }) {
  switch (payload.mime) {
    case TABLE_MIME:
      return <TableView table={payload.data} />;
    case TENSOR_MIME:
      return <TensorView tensor={payload.data} />;
    case MODEL_MIME:
      return <ModelSummaryView model={payload.data} />;
    case CHART_MIME:
      return <ChartView chart={payload.data} />;
    case CLASSIFICATION_MIME:
      return <ClassificationView data={payload.data} />;
    case REGRESSION_MIME:
      return <RegressionView data={payload.data} />;
    case SWEEP_MIME:
      return <SweepView summary={payload.data} />;
    case HISTOGRAM_MIME:
      return <HistogramView data={payload.data} />;
    case HEATMAP_MIME:
      return <HeatmapView data={payload.data} />;
    case PROGRESS_MIME:
      return <ProgressView data={payload.data} />;
    default:
      return assertNever(payload);
  }
}

/** Renders one view of a bundle; exported so tests and other panels can render a chosen view. */
export function BundleViewContent({ view }: { view: BundleView }) {
  switch (view.kind) {
    case 'sparkbook':
      return <RichPayload payload={view.payload} />;
    case 'image':
      // A data: URL from the bundle: <img> never runs script, whatever the bytes are.
      return <img className={styles.image} src={view.src} alt={view.alt} />;
    case 'markdown':
      return <MarkdownView source={view.source} />;
    case 'latex':
      return <LatexView source={view.source} />;
    case 'json':
      return <JsonTreeView value={view.value} />;
    case 'html-source':
      return (
        <div>
          <p className={styles.note}>HTML output is shown as source: Sparkbook does not render HTML from notebooks.</p>
          <LongText text={view.source} />
        </div>
      );
    case 'text':
      return <LongText text={view.text} />;
    case 'unsupported':
      return <p className={styles.note}>No viewer for this output ({view.mimeTypes.join(', ') || 'empty'}).</p>;
    default:
      return assertNever(view);
  }
}

function warnInvalid(error: string): void {
  // A saved output that fails validation is shown as text; say why for whoever debugs it.
  console.warn(`Showing text instead of an invalid rich output: ${error}`);
}

/** Shows the richest trustworthy view of a MIME bundle (see chooseView for the order). */
export function MimeBundleView({ data }: { data: MimeBundle }) {
  const view = useMemo(() => chooseView(data, warnInvalid), [data]);
  return <BundleViewContent view={view} />;
}
