import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorker, watchForUpdates, type Container, type Registration, type Worker } from './service-worker.ts';

/** A service worker whose state the test moves on, recording what the page sends it. */
class FakeWorker extends EventTarget implements Worker {
  readonly messages: unknown[] = [];
  constructor(public state: ServiceWorkerState) {
    super();
  }
  postMessage(message: unknown): void {
    this.messages.push(message);
  }
  moveTo(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget implements Registration {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  constructor(public active: FakeWorker | null) {
    super();
  }
  /** The browser found a new worker and starts installing it. */
  find(worker: FakeWorker): void {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

function watch(registration: FakeRegistration) {
  const updates: (() => void)[] = [];
  const reload = vi.fn<() => void>();
  watchForUpdates(registration, (activate) => updates.push(activate), reload);
  return { updates, reload };
}

describe('watchForUpdates', () => {
  it('announces nothing for the first install, which replaces no worker', () => {
    const registration = new FakeRegistration(null);
    const { updates } = watch(registration);
    const first = new FakeWorker('installing');
    registration.find(first);
    first.moveTo('installed');
    first.moveTo('activating');
    first.moveTo('activated');
    expect(updates).toHaveLength(0);
  });

  it('announces a new worker once it is installed beside the active one', () => {
    const registration = new FakeRegistration(new FakeWorker('activated'));
    const { updates } = watch(registration);
    const next = new FakeWorker('installing');
    registration.find(next);
    expect(updates).toHaveLength(0);
    next.moveTo('installed');
    expect(updates).toHaveLength(1);
  });

  it('announces a worker already waiting when the page opens', () => {
    const registration = new FakeRegistration(new FakeWorker('activated'));
    registration.waiting = new FakeWorker('installed');
    expect(watch(registration).updates).toHaveLength(1);
  });

  it('on request, tells the waiting worker to take over and reloads once it is active', () => {
    const registration = new FakeRegistration(new FakeWorker('activated'));
    const { updates, reload } = watch(registration);
    const next = new FakeWorker('installing');
    registration.find(next);
    next.moveTo('installed');
    updates[0]!();
    expect(next.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    next.moveTo('activating');
    expect(reload).not.toHaveBeenCalled();
    next.moveTo('activated');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('asks once however often the request comes', () => {
    const registration = new FakeRegistration(new FakeWorker('activated'));
    const waiting = new FakeWorker('installed');
    registration.waiting = waiting;
    const { updates, reload } = watch(registration);
    updates[0]!();
    updates[0]!();
    waiting.moveTo('activated');
    expect(waiting.messages).toHaveLength(1);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads at once where another tab already switched to the update', () => {
    const registration = new FakeRegistration(new FakeWorker('activated'));
    const waiting = new FakeWorker('installed');
    registration.waiting = waiting;
    const { updates, reload } = watch(registration);
    waiting.moveTo('activated');
    updates[0]!();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(waiting.messages).toEqual([]);
  });
});

describe('registerServiceWorker', () => {
  const container = (register: Container['register']): Container => ({ register });

  it('registers the worker for the page’s folder', async () => {
    const register = vi.fn<Container['register']>(async () => new FakeRegistration(null));
    expect(
      await registerServiceWorker(
        container(register),
        'sw.js',
        () => {},
        () => {},
      ),
    ).toEqual({ ok: true, value: 'registered' });
    expect(register).toHaveBeenCalledWith('sw.js', { scope: './' });
  });

  it('reports a browser that gives no registration (automation blocking workers) as blocked', async () => {
    expect(
      await registerServiceWorker(
        container(async () => undefined),
        'sw.js',
        () => {},
        () => {},
      ),
    ).toEqual({ ok: true, value: 'blocked' });
  });

  it('turns a refused registration into a message, without throwing', async () => {
    const refused = container(async () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const result = await registerServiceWorker(
      refused,
      'sw.js',
      () => {},
      () => {},
    );
    expect(result).toEqual({
      ok: false,
      error: 'Offline use is not available: the service worker could not be registered (The operation is insecure.).',
    });
  });
});
