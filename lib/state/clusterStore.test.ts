import { describe, expect, it } from 'vitest';
import { executorRows } from './clusterStore';

describe('executorRows', () => {
  it('merges lifecycle with the kernel statistics, busy only while the kernel says so', () => {
    const rows = executorRows(
      [
        { id: '1', status: 'ready', backend: 'wasm' },
        { id: '2', status: 'starting', backend: '…' },
        { id: '3', status: 'lost', backend: 'wasm', lostReason: 'killed from the panel' },
      ],
      {
        '1': { id: '1', status: 'busy', backend: 'wasm', tasksDone: 4, samplesPerSec: 900, memoryBytes: 1024 },
        '3': { id: '3', status: 'idle', backend: 'wasm', tasksDone: 2, samplesPerSec: 800, memoryBytes: 0 },
      },
    );
    expect(rows.map((r) => [r.id, r.status, r.tasksDone, r.samplesPerSec])).toEqual([
      ['1', 'busy', 4, 900],
      ['2', 'starting', 0, 0],
      ['3', 'lost', 2, 0],
    ]);
  });

  it("shows the kernel's view of each backend once it has one, and the adapter only for WebGPU", () => {
    const rows = executorRows(
      [
        { id: '1', status: 'ready', backend: 'webgpu', adapter: 'google swiftshader (software)' },
        { id: '2', status: 'ready', backend: 'webgpu', adapter: 'google swiftshader (software)' },
      ],
      {
        '1': {
          id: '1',
          status: 'idle',
          backend: 'webgpu',
          adapter: 'google swiftshader (software)',
          tasksDone: 0,
          samplesPerSec: 0,
          memoryBytes: 0,
        },
        '2': {
          id: '2',
          status: 'idle',
          backend: 'wasm',
          note: 'Pre-flight check: webgpu lacks …',
          tasksDone: 0,
          samplesPerSec: 0,
          memoryBytes: 0,
        },
      },
    );
    expect(rows.map((r) => [r.backend, r.adapter, r.note])).toEqual([
      ['webgpu', 'google swiftshader (software)', undefined],
      ['wasm', undefined, 'Pre-flight check: webgpu lacks …'],
    ]);
  });
});
