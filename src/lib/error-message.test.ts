import { describe, expect, it } from 'vitest';
import { errorMessage } from './error-message.ts';

describe('errorMessage', () => {
  it.each([
    [new Error('no WebGL2'), 'no WebGL2'],
    [new TypeError('bad type'), 'bad type'],
    ['a plain string', 'a plain string'],
    [42, '42'],
    [null, 'null'],
    [undefined, 'undefined'],
  ])('reads %j as %j', (value, expected) => {
    expect(errorMessage(value)).toBe(expected);
  });
});
