import { describe, expect, it } from 'vitest';
import { parseIpynb, serializeIpynb } from './ipynb';
import { nbformatErrors } from './schema/validateNbformat';
import { createNotebook, notebookReducer } from './transitions';
import { EXECUTE_INPUT, EXECUTE_REPLY, formatRunTime, runTimeOf, STATUS_BUSY, withRunFinished, withRunStarted } from './executionTiming';

const START = Date.UTC(2026, 11, 6, 22, 0, 0);

describe('run timing in cell metadata', () => {
  it('records when the run started and ended as JupyterLab does, and reads back the time it took', () => {
    const started = withRunStarted({ tags: ['keep'] }, START);
    expect(started).toEqual({
      tags: ['keep'],
      execution: { [STATUS_BUSY]: '2026-12-06T22:00:00.000Z', [EXECUTE_INPUT]: '2026-12-06T22:00:00.000Z' },
    });
    expect(runTimeOf({ metadata: started })).toBeNull();
    const finished = withRunFinished(started, START + 1234);
    expect(finished.execution).toMatchObject({ [EXECUTE_REPLY]: '2026-12-06T22:00:01.234Z' });
    expect(runTimeOf({ metadata: finished })).toEqual({ ms: 1234, finishedAt: new Date(START + 1234) });
  });

  it('takes the run’s start and end from the kernel when it reports them, so the page’s delays in showing output don’t count', () => {
    const started = withRunStarted({}, START);
    const finished = withRunFinished(started, START + 10_000, { startedAt: START + 40, finishedAt: START + 90 });
    expect(finished.execution).toEqual({
      [STATUS_BUSY]: '2026-12-06T22:00:00.000Z',
      [EXECUTE_INPUT]: '2026-12-06T22:00:00.040Z',
      [EXECUTE_REPLY]: '2026-12-06T22:00:00.090Z',
    });
    expect(runTimeOf({ metadata: finished })?.ms).toBe(50);
    // Times that make no sense are not believed: the reply's arrival ends the run instead.
    expect(runTimeOf({ metadata: withRunFinished(started, START + 300, { startedAt: START + 90, finishedAt: START + 40 }) })?.ms).toBe(300);
  });

  it('forgets the previous run when a new one starts, so an old time is never shown for it', () => {
    const first = withRunFinished(withRunStarted({}, START), START + 5000);
    const second = withRunStarted(first, START + 10_000);
    expect(runTimeOf({ metadata: second })).toBeNull();
  });

  it('ignores a reply with no run started, or a second reply for the same run', () => {
    const none = {};
    expect(withRunFinished(none, START)).toBe(none);
    const once = withRunFinished(withRunStarted({}, START), START + 10);
    expect(withRunFinished(once, START + 99)).toBe(once);
  });

  it('reads a time written by JupyterLab, and nothing from broken values', () => {
    const jupyterLab = {
      execution: {
        'iopub.execute_input': '2024-01-05T10:00:00.100000Z',
        'iopub.status.busy': '2024-01-05T10:00:00.050000Z',
        'iopub.status.idle': '2024-01-05T10:00:02.600000Z',
        'shell.execute_reply': '2024-01-05T10:00:02.590000Z',
      },
    };
    expect(runTimeOf({ metadata: jupyterLab })?.ms).toBe(2490);
    expect(runTimeOf({ metadata: { execution: 'yesterday' } })).toBeNull();
    expect(runTimeOf({ metadata: { execution: { [EXECUTE_INPUT]: 'soon', [EXECUTE_REPLY]: 'later' } } })).toBeNull();
    expect(
      runTimeOf({ metadata: { execution: { [EXECUTE_INPUT]: '2024-01-05T10:00:02Z', [EXECUTE_REPLY]: '2024-01-05T10:00:01Z' } } }),
    ).toBeNull();
  });

  it('survives an .ipynb export and import, and the file stays valid nbformat', () => {
    let nb = createNotebook({ now: START });
    const cellId = nb.cells[0].id;
    nb = notebookReducer(nb, { type: 'execution-started', cellId, executionCount: 1, at: START });
    nb = notebookReducer(nb, { type: 'execution-finished', cellId, status: 'ok', at: START + 1200 });
    const text = serializeIpynb(nb);
    expect(nbformatErrors(JSON.parse(text))).toEqual([]);
    expect(JSON.parse(text).cells[0].metadata.execution).toEqual({
      [STATUS_BUSY]: '2026-12-06T22:00:00.000Z',
      [EXECUTE_INPUT]: '2026-12-06T22:00:00.000Z',
      [EXECUTE_REPLY]: '2026-12-06T22:00:01.200Z',
    });
    const back = parseIpynb(text);
    expect(runTimeOf(back.cells[0])).toEqual({ ms: 1200, finishedAt: new Date(START + 1200) });
  });
});

describe('formatRunTime', () => {
  it.each([
    [35, '35 ms'],
    [999.6, '1.0 s'],
    [1000, '1.0 s'],
    [1234, '1.2 s'],
    [9_949, '9.9 s'],
    [9_960, '10 s'],
    [14_400, '14 s'],
    [125_000, '2 min 5 s'],
    [3_780_000, '1 h 3 min'],
  ])('%d ms reads "%s"', (ms, text) => {
    expect(formatRunTime(ms)).toBe(text);
  });
});
