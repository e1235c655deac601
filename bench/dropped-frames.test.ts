import { describe, expect, it } from 'vitest';
import { dropFrames } from './dropped-frames.ts';

describe('dropFrames', () => {
  it('takes the frames, keeps none, and says how many it took', async () => {
    const drop = dropFrames({ width: 2, height: 1, fps: 10, out: '/nowhere.mp4' });
    await drop.write(new Uint8Array(8));
    await drop.write(new Uint8Array(8));
    expect(await drop.finish()).toMatchObject({ extension: 'none', frames: 2, durationSeconds: 0.2, width: 2, height: 1 });
  });
});
