import { describe, expect, it } from 'vitest';
import { JobBusy, JobCancelled, jobRunner, type JobState } from './job-runner.ts';

const deck = { kind: 'deck', title: 'OSA', cancellable: true } as const;

describe('jobRunner', () => {
  it('shows the job and its progress while it runs, and nothing after', async () => {
    const runner = jobRunner<'png' | 'deck'>();
    const seen: (JobState | null)[] = [];
    runner.subscribe(() => seen.push(runner.get()));
    const result = await runner.run(deck, async (job) => {
      job.progress(1, 3);
      job.progress(3, 3);
      return 'file';
    });
    expect(result).toBe('file');
    expect(seen).toEqual([
      { ...deck, progress: null },
      { ...deck, progress: { done: 1, total: 3 } },
      { ...deck, progress: { done: 3, total: 3 } },
      null,
    ]);
  });

  it('runs one job at a time, saying which one is under way', async () => {
    const runner = jobRunner<'png' | 'deck'>();
    let finish = () => undefined as void;
    const first = runner.run(deck, () => new Promise<void>((resolve) => (finish = resolve)));
    await expect(runner.run({ kind: 'png', title: '', cancellable: false }, async () => 1)).rejects.toEqual(new JobBusy('deck'));
    finish();
    await first;
    await expect(runner.run({ kind: 'png', title: '', cancellable: false }, async () => 1)).resolves.toBe(1);
  });

  it('cancel aborts the job’s signal and the job rejects as cancelled, whatever error the job threw', async () => {
    const runner = jobRunner<'png' | 'deck'>();
    const running = runner.run(
      deck,
      (job) => new Promise((_, reject) => job.signal.addEventListener('abort', () => reject(new Error('stopped mid-step')))),
    );
    runner.cancel();
    await expect(running).rejects.toBeInstanceOf(JobCancelled);
    expect(runner.get()).toBeNull();
  });

  it('a job that finishes its work after a cancel still counts as cancelled (nothing is saved)', async () => {
    const runner = jobRunner<'png' | 'deck'>();
    const running = runner.run(deck, async () => {
      runner.cancel();
      return 'file';
    });
    await expect(running).rejects.toBeInstanceOf(JobCancelled);
  });

  it('a job that cannot be cancelled ignores cancel', async () => {
    const runner = jobRunner<'png' | 'deck'>();
    const running = runner.run({ kind: 'png', title: '', cancellable: false }, async (job) => {
      runner.cancel();
      return job.signal.aborted;
    });
    await expect(running).resolves.toBe(false);
  });

  it('a failure is passed on as it is, and the runner is free again', async () => {
    const runner = jobRunner<'png' | 'deck'>();
    await expect(runner.run(deck, async () => Promise.reject(new Error('The map is not ready yet.')))).rejects.toThrow(
      'The map is not ready yet.',
    );
    expect(runner.get()).toBeNull();
  });

  it('progress reported after the job ended is dropped', async () => {
    const runner = jobRunner<'png' | 'deck'>();
    let late = (_done: number, _total: number) => undefined as void;
    await runner.run(deck, async (job) => {
      late = job.progress;
    });
    late(2, 3);
    expect(runner.get()).toBeNull();
  });
});
