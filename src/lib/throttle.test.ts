import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('throttle', () => {
  it('calls at once, then at most once per interval with the latest arguments', () => {
    const calls: number[] = [];
    const write = throttle((n: number) => calls.push(n), 250);
    write(1);
    write(2);
    write(3);
    expect(calls).toEqual([1]);
    vi.advanceTimersByTime(250);
    expect(calls).toEqual([1, 3]);
  });

  it('drops a pending call when cancelled', () => {
    const calls: number[] = [];
    const write = throttle((n: number) => calls.push(n), 250);
    write(1);
    write(2);
    write.cancel();
    vi.advanceTimersByTime(500);
    expect(calls).toEqual([1]);
  });
});
