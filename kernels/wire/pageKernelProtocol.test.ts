import { describe, expect, it } from 'vitest';
import { checkArrival } from './checkArrival';
import { kernelEventSchema, kernelRequestSchema } from './pageKernelProtocol';
import { sampleJobs } from '../../testing/sampleJobs';

describe('the page <-> kernel wire schemas', () => {
  it('pass the messages both sides send', () => {
    const requests = [
      { type: 'init', id: 1, backend: 'auto', interruptBuffer: null, pageInput: null },
      {
        type: 'execute',
        id: 2,
        cellId: 'c1',
        code: '1 + 1',
        executionCount: 1,
        cellOrder: ['c1', 'c2'],
        notebook: { id: 'n1', title: 'T' },
      },
      { type: 'interrupt' },
      { type: 'executor-attached', executorId: '1', port: new MessageChannel().port1, backend: 'wasm' },
      { type: 'executor-detached', executorId: '1', reason: 'crashed' },
    ];
    for (const r of requests) expect(() => checkArrival(kernelRequestSchema, r, 'page -> kernel')).not.toThrow();

    const { notebookId: _n, notebookTitle: _t, updatedAt: _u, ...record } = sampleJobs(Date.now())[0];
    const events = [
      { type: 'ready', backend: 'wasm' },
      { type: 'backends-detected', backends: [{ name: 'webgpu', available: true, detail: 'swiftshader', slow: true }] },
      { type: 'output', requestId: 2, cellId: 'c1', output: { output_type: 'stream', name: 'stdout', text: 'hi\n' } },
      {
        type: 'update-display',
        requestId: 2,
        cellId: 'c1',
        displayId: 'chart-1',
        output: { output_type: 'display_data', data: { 'text/plain': 'chart' }, metadata: {}, transient: { display_id: 'chart-1' } },
      },
      { type: 'executors', executors: [{ id: '1', status: 'busy', backend: 'wasm', tasksDone: 3, samplesPerSec: 900, memoryBytes: 1e6 }] },
      {
        type: 'job-events',
        deltas: [
          {
            jobId: 'j1',
            start: { kind: 'fit', cellId: 'c1', startedAt: 1 },
            config: record.config,
            position: { step: 1, totalSteps: 10, epoch: 1, epochs: 2 },
          },
          {
            jobId: record.id,
            added: {
              stepMetrics: record.stepMetrics,
              epochMetrics: record.epochMetrics,
              tasks: record.tasks,
              lostExecutors: record.lostExecutors,
            },
            evaluation: record.evaluation,
          },
          { jobId: 'j2', added: { restart: true }, end: { status: 'failed', endedAt: 5, error: 'Out of memory' } },
        ],
      },
      { type: 'download', files: [{ name: 'm.keras', bytes: new Uint8Array(3), mimeType: 'application/zip' }] },
    ];
    for (const e of events) expect(() => checkArrival(kernelEventSchema, e, 'kernel -> page')).not.toThrow();
  });

  it('name the message and the field that is wrong', () => {
    expect(() =>
      checkArrival(
        kernelRequestSchema,
        { type: 'execute', id: 2, cellId: 'c1', code: 42, executionCount: 1, cellOrder: [] },
        'page -> kernel',
      ),
    ).toThrow(/malformed execute message crossed page -> kernel[\s\S]*code/);
    expect(() =>
      checkArrival(
        kernelEventSchema,
        { type: 'output', requestId: 1, cellId: 'c1', output: { output_type: 'stream', name: 'stdlog', text: '' } },
        'kernel -> page',
      ),
    ).toThrow(/output\.name/);
    expect(() => checkArrival(kernelEventSchema, { type: 'cluster-resize', count: -1 }, 'kernel -> page')).toThrow(/count/);
    expect(() => checkArrival(kernelEventSchema, { type: 'no-such-event' }, 'kernel -> page')).toThrow(/no-such-event/);
  });
});
