/** Where recorded frames go: an encoder and muxer (encode-video.ts, encode-gif.ts), or nowhere (for the benchmark). */

export interface VideoFile {
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** e.g. `video/mp4; codecs="avc1.640028"` */
  readonly mimeType: string;
  readonly extension: 'mp4' | 'webm' | 'gif' | 'none';
  /** The codec string written ("avc1.640028", "vp09.00.40.08", "gif"). */
  readonly codec: string;
  /** The codec for people: "H.264 High, level 4.0". */
  readonly label: string;
  /** Codecs tried first that the browser could not encode. */
  readonly refused: readonly string[];
  /** Which format was written and why, for people (English; the UI words it from the fields above). */
  readonly reason: string;
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly frames: number;
  readonly durationSeconds: number;
}

/** Where a recording's time went, in milliseconds (for the benchmark and for people who wonder). */
export interface RecordingTimes {
  /** Showing steps and waiting for the map to draw each frame whole, composing included. */
  readonly drawMs: number;
  /** Handing frames to the sink, waiting when its encoder was behind. */
  readonly sinkMs: number;
  /** Finishing the file: the encoder's last frames and the muxer. */
  readonly finishMs: number;
  /** Frames whose map was taken as it stood, having settled (a hold's), instead of drawn again. */
  readonly stillFrames: number;
}

export interface FrameSink {
  /** The sink reads the frame's pixels back (a GIF): its canvas is then kept in memory for fast reads. */
  readonly readsPixels: boolean;
  /** Takes frame `index` as it is drawn on `canvas` now; resolves when the sink can take the next one. */
  add(canvas: HTMLCanvasElement, index: number, timestampUs: number, durationUs: number): Promise<void>;
  /** Ends the file: resolves once every frame is written. */
  finish(): Promise<VideoFile>;
  /** Drops everything; safe to call more than once and after a failure. */
  cancel(): Promise<void>;
}

/** What a sink is told when it is made. */
export interface SinkSpec {
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly frames: number;
}

/** Frames drawn and composed, then dropped: what recording costs without encoding. */
export function nullSink(spec: SinkSpec): FrameSink {
  let count = 0;
  return {
    readsPixels: false,
    async add() {
      count++;
    },
    async finish() {
      return {
        bytes: new Uint8Array(0),
        mimeType: 'application/octet-stream',
        extension: 'none',
        codec: 'none',
        label: 'none',
        refused: [],
        reason: 'Frames were drawn and composed but not encoded (benchmark).',
        width: spec.width,
        height: spec.height,
        fps: spec.fps,
        frames: count,
        durationSeconds: count / spec.fps,
      };
    },
    async cancel() {},
  };
}
