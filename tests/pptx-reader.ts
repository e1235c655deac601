/**
 * Reads a .pptx back without the library that wrote it: the OOXML parts themselves (unzipped
 * with fflate) and LibreOffice's own reading of the file (converted to PDF by `soffice`, whose
 * pages poppler's `pdftotext`/`pdfinfo` turn back into text). Missing tools are an error with
 * the command that installs them, never a skipped test.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

export interface PptxParts {
  readonly names: readonly string[];
  bytes(name: string): Uint8Array;
  xml(name: string): string;
}

export function readPptx(file: Uint8Array): PptxParts {
  const entries = unzipSync(file);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const bytes = (name: string) => {
    const entry = entries[name];
    if (!entry) throw new Error(`${name} is not in the file (parts: ${Object.keys(entries).join(', ')})`);
    return entry;
  };
  return { names: Object.keys(entries), bytes, xml: (name) => decoder.decode(bytes(name)) };
}

const byNumber = (a: string, b: string) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]);

/** ppt/slides/slide1.xml, slide2.xml, … in slide order. */
export function slideParts(parts: PptxParts): string[] {
  return parts.names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort(byNumber);
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

export interface TextRun {
  readonly text: string;
  readonly lang: string | null;
  /** The East Asian typeface named on the run (`<a:ea typeface>`), if any. */
  readonly ea: string | null;
}

/** Every text run of a part (`<a:r>`), with its language and East Asian font. */
export function textRuns(xml: string): TextRun[] {
  return [...xml.matchAll(/<a:r>(.*?)<\/a:r>/gs)].map(([, inner = '']) => {
    const props = /<a:rPr\b([^>]*?)(?:\/>|>(.*?)<\/a:rPr>)/s.exec(inner);
    const text = /<a:t>(.*?)<\/a:t>/s.exec(inner)?.[1] ?? '';
    return {
      text: unescapeXml(text),
      lang: /\blang="([^"]*)"/.exec(props?.[1] ?? '')?.[1] ?? null,
      ea: /<a:ea typeface="([^"]*)"/.exec(props?.[2] ?? '')?.[1] ?? null,
    };
  });
}

/** A part's paragraphs as plain text, one line each. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<a:p>(.*?)<\/a:p>/gs)].map(([, inner = '']) =>
    textRuns(inner)
      .map((r) => r.text)
      .join(''),
  );
}

/** The relationships of a part: id → { type, target } (target resolved against the part's folder). */
export function relationships(parts: PptxParts, part: string): Map<string, { type: string; target: string }> {
  const folder = part.slice(0, part.lastIndexOf('/'));
  const relsName = `${folder}/_rels/${part.slice(folder.length + 1)}.rels`;
  const rels = new Map<string, { type: string; target: string }>();
  if (!parts.names.includes(relsName)) return rels;
  for (const [tag] of parts.xml(relsName).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(tag)?.[1];
    const type = /\bType="([^"]*)"/.exec(tag)?.[1] ?? '';
    const target = /\bTarget="([^"]*)"/.exec(tag)?.[1] ?? '';
    if (!id) continue;
    const resolved = target.startsWith('../')
      ? `${folder.slice(0, folder.lastIndexOf('/'))}/${target.slice(3)}`
      : /^[a-z]+:/i.test(target)
        ? target
        : `${folder}/${target}`;
    rels.set(id, { type: type.slice(type.lastIndexOf('/') + 1), target: resolved });
  }
  return rels;
}

/** The notes part of a slide, if it has one. */
export function notesPart(parts: PptxParts, slide: string): string | null {
  const rel = [...relationships(parts, slide).values()].find((r) => r.type === 'notesSlide');
  return rel ? rel.target : null;
}

/** The media parts a slide's pictures (`<p:pic>` with `r:embed`) show, in order. */
export function pictureParts(parts: PptxParts, slide: string): string[] {
  const rels = relationships(parts, slide);
  return [...parts.xml(slide).matchAll(/<p:pic>.*?r:embed="([^"]+)".*?<\/p:pic>/gs)].map(
    ([, id = '']) => rels.get(id)?.target ?? `(missing ${id})`,
  );
}

function requireTool(command: string, install: string): string {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      `${command} is not installed, and the deck tests read the file back with it: apt-get install -y ${install} (.ci/run installs it).`,
    );
  }
}

export interface PdfReading {
  readonly pages: number;
  /** pdftotext's text of each page. */
  readonly text: readonly string[];
  /** pdfinfo's page size in points, e.g. "960 x 540 pts". */
  readonly pageSize: string;
}

/** LibreOffice's reading of the deck: converted to PDF with soffice (its own profile, so runs never collide), read back with poppler. */
export function readWithLibreOffice(file: Uint8Array): PdfReading {
  const soffice = requireTool('soffice', 'libreoffice-impress');
  requireTool('pdftotext', 'poppler-utils');
  const dir = mkdtempSync(join(tmpdir(), 'foip-deck-'));
  try {
    writeFileSync(join(dir, 'deck.pptx'), file);
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'deck.pptx'),
      ],
      {
        stdio: 'pipe',
        timeout: 240_000,
      },
    );
    const pdf = join(dir, 'deck.pdf');
    try {
      readFileSync(pdf);
    } catch {
      throw new Error('LibreOffice could not convert the deck to PDF: it did not read the file as a presentation.');
    }
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const pageSize = /^Page size:\s+(.*?)\s*$/m.exec(info)?.[1] ?? '';
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, pages);
    return { pages, text, pageSize };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
