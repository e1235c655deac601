/**
 * Which codec to write, chosen among candidates by asking the browser (`VideoEncoder.isConfigSupported`,
 * passed in so this stays testable without one). H.264 in MP4 plays in PowerPoint, Keynote,
 * QuickTime and every browser; profiles are tried from High down to Baseline, because a browser
 * without a hardware encoder may offer only the lower ones. Where no H.264 profile is offered,
 * VP9 in WebM (browsers and VLC play it; PowerPoint on Windows mostly does, Keynote does not).
 */

export type VideoContainer = 'mp4' | 'webm';

export interface CodecCandidate {
  /** The WebCodecs codec string, e.g. "avc1.640028". */
  readonly codec: string;
  readonly family: 'avc' | 'vp9';
  readonly container: VideoContainer;
  /** For people: "H.264 High, level 4.0". */
  readonly label: string;
}

export interface CodecChoice {
  readonly candidate: CodecCandidate;
  readonly config: VideoEncoderConfig;
  /** Codec strings tried before it that the browser refused. */
  readonly refused: readonly string[];
  /** Why this one: what was tried before it. */
  readonly reason: string;
}

/** `VideoEncoder.isConfigSupported`, or a stand-in. */
export type ConfigSupport = (config: VideoEncoderConfig) => Promise<{ readonly supported?: boolean | undefined }>;

interface Level {
  readonly name: string;
  /** Largest frame, in 16×16 macroblocks (H.264) or in samples (VP9). */
  readonly maxFrame: number;
  /** Largest rate, in macroblocks (H.264) or samples (VP9) per second. */
  readonly maxRate: number;
}

/** H.264 levels (ITU-T H.264 Table A-1), from 3.0, the lowest every player handles: [level_idc, limits]. */
const AVC_LEVELS: readonly (readonly [number, Level])[] = [
  [0x1e, { name: '3.0', maxFrame: 1620, maxRate: 40_500 }],
  [0x1f, { name: '3.1', maxFrame: 3600, maxRate: 108_000 }],
  [0x20, { name: '3.2', maxFrame: 5120, maxRate: 216_000 }],
  [0x28, { name: '4.0', maxFrame: 8192, maxRate: 245_760 }],
  [0x2a, { name: '4.2', maxFrame: 8704, maxRate: 522_240 }],
  [0x32, { name: '5.0', maxFrame: 22_080, maxRate: 589_824 }],
  [0x33, { name: '5.1', maxFrame: 36_864, maxRate: 983_040 }],
  [0x34, { name: '5.2', maxFrame: 36_864, maxRate: 2_073_600 }],
  [0x3c, { name: '6.0', maxFrame: 139_264, maxRate: 4_177_920 }],
];

/** VP9 levels (WebM Project's VP9 levels table): [level as in the codec string, limits in luma samples]. */
const VP9_LEVELS: readonly (readonly [number, Level])[] = [
  [10, { name: '1', maxFrame: 36_864, maxRate: 829_440 }],
  [11, { name: '1.1', maxFrame: 73_728, maxRate: 2_764_800 }],
  [20, { name: '2', maxFrame: 122_880, maxRate: 4_608_000 }],
  [21, { name: '2.1', maxFrame: 245_760, maxRate: 9_216_000 }],
  [30, { name: '3', maxFrame: 552_960, maxRate: 20_736_000 }],
  [31, { name: '3.1', maxFrame: 983_040, maxRate: 36_864_000 }],
  [40, { name: '4', maxFrame: 2_228_224, maxRate: 83_558_400 }],
  [41, { name: '4.1', maxFrame: 2_228_224, maxRate: 160_432_128 }],
  [50, { name: '5', maxFrame: 8_912_896, maxRate: 311_951_360 }],
  [51, { name: '5.1', maxFrame: 8_912_896, maxRate: 588_251_136 }],
  [52, { name: '5.2', maxFrame: 8_912_896, maxRate: 1_176_502_272 }],
  [60, { name: '6', maxFrame: 35_651_584, maxRate: 1_176_502_272 }],
];

function lowestLevel(levels: readonly (readonly [number, Level])[], frame: number, rate: number): readonly [number, Level] {
  const found = levels.find(([, level]) => frame <= level.maxFrame && rate <= level.maxRate);
  if (!found) throw new Error(`No codec level allows ${frame} units per frame at ${rate} per second.`);
  return found;
}

/** The lowest H.264 level for the size and rate: [level_idc, its name]. */
export function avcLevel(width: number, height: number, fps: number): { idc: number; name: string } {
  const macroblocks = Math.ceil(width / 16) * Math.ceil(height / 16);
  const [idc, level] = lowestLevel(AVC_LEVELS, macroblocks, macroblocks * fps);
  return { idc, name: level.name };
}

/** The lowest VP9 level for the size and rate. */
export function vp9Level(width: number, height: number, fps: number): { code: number; name: string } {
  const samples = width * height;
  const [code, level] = lowestLevel(VP9_LEVELS, samples, samples * fps);
  return { code, name: level.name };
}

const hex = (n: number) => n.toString(16).padStart(2, '0');

/** Every candidate, best first: H.264 High, Main, Baseline (in MP4), then VP9 profile 0 (in WebM). */
export function codecCandidates(width: number, height: number, fps: number): CodecCandidate[] {
  const avc = avcLevel(width, height, fps);
  const vp9 = vp9Level(width, height, fps);
  const profiles = [
    ['64', '00', 'High'],
    ['4d', '00', 'Main'],
    ['42', '00', 'Baseline'],
  ] as const;
  return [
    ...profiles.map(([profile, constraints, name]) => ({
      codec: `avc1.${profile}${constraints}${hex(avc.idc)}`,
      family: 'avc' as const,
      container: 'mp4' as const,
      label: `H.264 ${name}, level ${avc.name}`,
    })),
    {
      codec: `vp09.00.${String(vp9.code).padStart(2, '0')}.08`,
      family: 'vp9',
      container: 'webm',
      label: `VP9 profile 0, level ${vp9.name}`,
    },
  ];
}

/** Bits per second for map frames: mostly flat colour, so 0.1 bit per pixel per frame looks clean (1080p30 ≈ 6.2 Mbit/s). */
export function bitrateFor(width: number, height: number, fps: number): number {
  return Math.max(500_000, Math.round(width * height * fps * 0.1));
}

export function encoderConfig(candidate: CodecCandidate, width: number, height: number, fps: number): VideoEncoderConfig {
  return {
    codec: candidate.codec,
    width,
    height,
    framerate: fps,
    bitrate: bitrateFor(width, height, fps),
    latencyMode: 'quality',
    // MP4 wants H.264 as length-prefixed NAL units with the parameter sets in the track header.
    ...(candidate.family === 'avc' ? { avc: { format: 'avc' as const } } : {}),
  };
}

/** The first candidate the browser says it can encode, and why; an error naming every codec tried when none. */
export async function chooseCodec(width: number, height: number, fps: number, isSupported: ConfigSupport): Promise<CodecChoice> {
  const refused: string[] = [];
  for (const candidate of codecCandidates(width, height, fps)) {
    const config = encoderConfig(candidate, width, height, fps);
    let supported: boolean;
    try {
      supported = (await isSupported(config)).supported === true;
    } catch (error) {
      // isConfigSupported rejects (TypeError) on a config it cannot parse: count it as refused, and say so.
      refused.push(`${candidate.codec} (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    if (supported) {
      const reason =
        refused.length === 0
          ? `${candidate.label} (${candidate.codec}) in ${candidate.container.toUpperCase()}: the first choice, supported by this browser.`
          : candidate.family === 'avc'
            ? `${candidate.label} (${candidate.codec}) in MP4: this browser cannot encode ${refused.join(', ')}.`
            : `${candidate.label} (${candidate.codec}) in WebM: this browser cannot encode H.264 (tried ${refused.join(', ')}), so the video is WebM, not MP4. Browsers and VLC play it; for PowerPoint or Keynote, convert it to MP4 (e.g. ffmpeg -i video.webm video.mp4) or record in Chrome or Edge.`;
      return { candidate, config, refused: refused.map((r) => r.split(' ')[0] ?? r), reason };
    }
    refused.push(candidate.codec);
  }
  throw new Error(
    `This browser cannot encode video at ${width}×${height}, ${fps} fps: it refused ${refused.join(', ')}. Try a smaller size, or Chrome or Edge.`,
  );
}
