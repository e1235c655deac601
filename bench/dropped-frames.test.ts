import { describe, expect, it } from 'vitest';
import { dropFrames } from './dropped-frames.ts';

describe('dropFrames', () => {
  const spec = { width: 2, height: 1, fps: 10, out: '/nowhere.mp4' };

  it('takes whole frames, counts them, and describes what it took', async () => {
    const drop = dropFrames(spec);
    await drop.write(new Uint8Array(8));
    await drop.write(new Uint8Array(8));
    expect(await drop.finish()).toMatchObject({ extension: 'none', frames: 2, durationSeconds: 0.2, width: 2, height: 1 });
  });

  it('refuses a frame of another size, and anything after a cancel', async () => {
    const drop = dropFrames(spec);
    await expect(drop.write(new Uint8Array(4))).rejects.toThrow('A 2×1 frame is 8 bytes; 4 came.');
    drop.cancel();
    await expect(drop.write(new Uint8Array(8))).rejects.toThrow('cancelled');
    await expect(drop.finish()).rejects.toThrow('cancelled');
  });
});
