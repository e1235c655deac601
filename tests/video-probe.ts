/**
 * Reading a written video back with an independent decoder: ffprobe and ffmpeg from Debian's
 * `ffmpeg` package (not the browser or the library that wrote it).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface ProbedStream {
  readonly codec_name: string;
  readonly profile?: string;
  readonly width: number;
  readonly height: number;
  readonly r_frame_rate: string;
  readonly avg_frame_rate: string;
  readonly nb_read_frames: string;
  readonly duration?: string;
  readonly pix_fmt?: string;
}

export async function probe(file: string): Promise<{ stream: ProbedStream; formatDuration: number; formatName: string }> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-count_frames', '-show_streams', '-show_format', '-of', 'json', file], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const parsed = JSON.parse(stdout) as { streams: ProbedStream[]; format: { duration: string; format_name: string } };
  const [stream] = parsed.streams;
  if (!stream || parsed.streams.length !== 1) throw new Error(`${file}: expected one video stream, found ${parsed.streams.length}`);
  return { stream, formatDuration: Number(parsed.format.duration), formatName: parsed.format.format_name };
}

/** "30/1" → 30. */
export function rate(fraction: string): number {
  const [num = 0, den = 1] = fraction.split('/').map(Number);
  return num / den;
}

/** A pixel "changed" when its brightness moved by more than this (of 255): an encoder's re-coding of a still picture stays below it. */
const CHANGED = 24;

/**
 * For each decoded frame, the share of pixels of the map (below the progress strip, which moves
 * every frame) that changed by more than CHANGED levels since the frame before; 0 for the first.
 * A moving map changes thousandths of its pixels from frame to frame; a still one, whose key frames
 * the encoder codes afresh, well under one thousandth.
 */
export async function frameChanges(file: string, width: number, height: number, stripHeight: number): Promise<number[]> {
  const { stdout } = await run(
    'ffmpeg',
    ['-v', 'error', '-i', file, '-vf', `crop=iw:ih-${stripHeight}:0:${stripHeight},format=gray`, '-f', 'rawvideo', '-'],
    {
      encoding: 'buffer',
      maxBuffer: 1024 * 1024 * 1024,
    },
  );
  const size = width * (height - stripHeight);
  const frames = Math.floor(stdout.length / size);
  const changes = [0];
  for (let f = 1; f < frames; f++) {
    let changed = 0;
    for (let i = 0; i < size; i++) if (Math.abs(stdout[f * size + i]! - stdout[(f - 1) * size + i]!) > CHANGED) changed++;
    changes.push(changed / size);
  }
  return changes;
}
