/**
 * The one model of a long job — a PNG, a PowerPoint deck, a video (and whatever output comes next):
 * one job at a time, its progress in a small store that only the progress card reads (so a frame
 * redraws the card, never the explorer), one way to cancel (an AbortSignal the job checks), and a
 * rejection that says whether it failed or was cancelled. Generic over the kinds of job; the app's
 * are in src/ui/job-strings.ts, and src/app/jobs/use-jobs.ts adds the notices.
 */

export interface JobProgress {
  readonly done: number;
  readonly total: number;
}

export interface JobState<K extends string = string> {
  readonly kind: K;
  /** What is being made, for the card ("Security assistance (OSA)"); may be empty. */
  readonly title: string;
  readonly progress: JobProgress | null;
  /** The job stops when asked (Cancel, Escape). */
  readonly cancellable: boolean;
}

/** What a running job is handed. */
export interface Job {
  readonly signal: AbortSignal;
  progress(done: number, total: number): void;
}

/** The reason a job stops when the person cancels it. */
export class JobCancelled extends Error {
  constructor() {
    super('The job was cancelled.');
    this.name = 'JobCancelled';
  }
}

/** Why a job did not start: another is under way. */
export class JobBusy<K extends string = string> extends Error {
  constructor(readonly running: K) {
    super(`Another job (${running}) is under way.`);
    this.name = 'JobBusy';
  }
}

export interface JobRunner<K extends string> {
  /** The job under way, or null. */
  get(): JobState<K> | null;
  subscribe(listener: () => void): () => void;
  /** Runs `work` as the one job; rejects at once with JobBusy when another job is under way. */
  run<T>(spec: Omit<JobState<K>, 'progress'>, work: (job: Job) => Promise<T>): Promise<T>;
  /** Cancels the job under way, if it can be cancelled. */
  cancel(): void;
}

export function jobRunner<K extends string>(): JobRunner<K> {
  let current: JobState<K> | null = null;
  let controller: AbortController | null = null;
  const listeners = new Set<() => void>();
  const set = (next: JobState<K> | null) => {
    current = next;
    for (const listener of listeners) listener();
  };
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async run(spec, work) {
      if (current) throw new JobBusy(current.kind);
      const abort = new AbortController();
      controller = abort;
      set({ ...spec, progress: null });
      try {
        const result = await work({
          signal: abort.signal,
          progress: (done, total) => {
            if (controller === abort && current) set({ ...current, progress: { done, total } });
          },
        });
        abort.signal.throwIfAborted();
        return result;
      } catch (error) {
        throw abort.signal.aborted ? new JobCancelled() : error;
      } finally {
        controller = null;
        set(null);
      }
    },
    cancel() {
      if (current?.cancellable) controller?.abort(new JobCancelled());
    },
  };
}
