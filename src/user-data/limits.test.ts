import { describe, expect, it } from 'vitest';
import { checkFeatureCount, checkFileSize, LIMITS } from './limits';

describe('LIMITS', () => {
  it('are 100 MB and 500,000 features', () => {
    expect(LIMITS.bytes).toBe(104_857_600);
    expect(LIMITS.features).toBe(500_000);
  });
});

describe('checkFileSize', () => {
  it.each([0, 1, LIMITS.bytes])('accepts %i bytes', (bytes) => {
    expect(checkFileSize(bytes)).toBeNull();
  });

  it('refuses one byte over the limit, naming the size and the limit in both languages', () => {
    const error = checkFileSize(LIMITS.bytes + 1);
    expect(error?.code).toBe('too-large');
    expect(error?.message.en).toContain('100.0 MB');
    expect(error?.message.en).toContain('up to 100 MB');
    expect(error?.message.ja).toContain('100 MBまで');
  });

  it('names the file size rounded to a tenth of a megabyte', () => {
    expect(checkFileSize(150 * 1024 * 1024 + 60_000)?.message.en).toMatch(/^This file is 150\.1 MB/);
  });
});

describe('checkFeatureCount', () => {
  it.each([0, LIMITS.features])('accepts %i features', (count) => {
    expect(checkFeatureCount(count)).toBeNull();
  });

  it('refuses more than the limit, naming both numbers', () => {
    const error = checkFeatureCount(600_000);
    expect(error?.code).toBe('too-many-features');
    expect(error?.message.en).toContain('600,000');
    expect(error?.message.en).toContain('500,000');
    expect(error?.message.ja).toContain('500,000件まで');
  });

  it('honours a limit passed in', () => {
    expect(checkFeatureCount(11, 10)?.code).toBe('too-many-features');
    expect(checkFeatureCount(10, 10)).toBeNull();
  });
});
