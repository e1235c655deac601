/**
 * The brief's print styles: an A4 page, rows that never split across pages, the table's header
 * repeated on each page, and the bundled Japanese font first for Japanese characters only (its
 * `unicode-range`), so that font is the one the PDF embeds whatever the system has.
 */
import { cssFontList } from '../lib/japanese-text.ts';
import { JAPANESE_FONT_FAMILY } from '../lib/japanese-font.ts';

/** One file of the bundled Japanese family, as the brief embeds it. */
export interface BriefFontFace {
  /** A data: URL, so the document needs nothing from a server. */
  readonly url: string;
  /** CSS `unicode-range`, as in src/assets/fonts/foip-noto-sans-jp.css. */
  readonly unicodeRange: string;
}

/**
 * The map's picture: 2000×1250 fills the A4 text width (182 mm) at about 280 dpi. The command line
 * sizes its browser window for it (src/picture/export-sizes.ts renderPlan).
 */
export const BRIEF_PICTURE = { width: 2000, height: 1250 } as const;

/** Page margins in millimetres; the bottom one holds the command line's footer (citation, page numbers). */
export const BRIEF_MARGINS_MM = { top: 14, right: 14, bottom: 18, left: 14 } as const;

export const BRIEF_FONTS = cssFontList([JAPANESE_FONT_FAMILY, 'Helvetica Neue', 'Arial', 'Liberation Sans', 'DejaVu Sans', 'sans-serif']);

export function briefCss(faces: readonly BriefFontFace[]): string {
  const m = BRIEF_MARGINS_MM;
  const fontFaces = faces
    .map(
      (face) =>
        `@font-face { font-family: '${JAPANESE_FONT_FAMILY}'; src: url('${face.url}') format('woff2'); font-weight: 400; font-style: normal; unicode-range: ${face.unicodeRange}; }`,
    )
    .join('\n');
  return `${fontFaces}
@page { size: A4 portrait; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
* { box-sizing: border-box; }
html { font-family: ${BRIEF_FONTS}; font-size: 9pt; line-height: 1.4; color: #111827; background: #fff;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
@media screen { body { max-width: 210mm; margin: 0 auto; padding: ${m.top}mm ${m.right}mm; } }
h1, h2, h3, p, figure, ol, blockquote { margin: 0; }
header { border-bottom: 2px solid #111827; padding-bottom: 2.5mm; margin-bottom: 3mm; }
.kicker { font-size: 8pt; letter-spacing: 0.08em; text-transform: uppercase; color: #4b5563; }
h1 { font-size: 17pt; line-height: 1.25; font-weight: 700; margin: 1mm 0; overflow-wrap: anywhere; }
.facts { color: #374151; }
.facts span + span::before { content: ' · '; color: #9ca3af; }
figure { margin-bottom: 3mm; break-inside: avoid; }
figure img { display: block; width: 100%; height: auto; border: 0.5pt solid #d1d5db; }
h2 { font-size: 11pt; font-weight: 700; margin: 4mm 0 1.5mm; break-after: avoid; }
.summary { display: flex; gap: 6mm; break-inside: avoid; }
.summary > div { flex: 1; min-width: 0; }
h3 { font-size: 8.5pt; font-weight: 700; color: #374151; margin-bottom: 1mm; }
.counts { width: 100%; border-collapse: collapse; }
.counts td { padding: 0.4mm 0; vertical-align: middle; }
.counts .label { width: 55%; padding-right: 2mm; }
.counts .count { width: 8mm; text-align: right; padding-right: 2mm; font-variant-numeric: tabular-nums; }
.bar { display: block; height: 2.4mm; background: #6b7280; min-width: 0.4mm; }
.bar.stacked { display: flex; background: none; }
.summary > div > section + section { margin-top: 2.5mm; }
.swatch { display: inline-block; width: 2.4mm; height: 2.4mm; border-radius: 50%; margin-right: 1.2mm; vertical-align: -0.2mm; }
.initiatives { width: 100%; border-collapse: collapse; font-size: 8pt; }
.initiatives thead { display: table-header-group; }
.initiatives th { text-align: left; font-weight: 700; border-bottom: 1pt solid #111827; padding: 1mm 1.5mm; background: #f3f4f6; }
.initiatives td { padding: 1mm 1.5mm; border-bottom: 0.5pt solid #d1d5db; vertical-align: top; overflow-wrap: anywhere; }
.initiatives tr { break-inside: avoid; page-break-inside: avoid; }
.initiatives .number { width: 9mm; white-space: nowrap; font-variant-numeric: tabular-nums; }
.initiatives .title { width: 38%; }
.initiatives .hosts { width: 27%; }
.initiatives .means { width: 19%; }
.initiatives .status { width: 15mm; }
.sources ol { list-style: none; padding: 0; }
.sources li { break-inside: avoid; page-break-inside: avoid; padding: 1.5mm 0; border-bottom: 0.5pt solid #e5e7eb; }
.sources .source-title { font-weight: 700; overflow-wrap: anywhere; }
.sources .where { color: #4b5563; font-size: 8pt; }
.sources blockquote { margin: 0.8mm 0 0 3mm; padding-left: 2mm; border-left: 1.5pt solid #9ca3af; overflow-wrap: anywhere; }
.none { color: #4b5563; }
.cite { margin-top: 4mm; font-size: 7.5pt; color: #374151; break-inside: avoid; overflow-wrap: anywhere; }
`;
}
