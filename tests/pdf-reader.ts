/**
 * A PDF read back with poppler, not with the browser that printed it: `pdfinfo` (pages, page size),
 * `pdftotext` (each page's text) and `pdffonts` (which fonts are embedded). A missing tool is an
 * error naming the Debian package.
 */
import { execFileSync } from 'node:child_process';

export interface PdfFont {
  readonly name: string;
  readonly type: string;
  readonly embedded: boolean;
}

export interface PdfReading {
  readonly pages: number;
  /** Page size in points (A4 is 595 × 842). */
  readonly width: number;
  readonly height: number;
  /** pdftotext's text of each page, in order. */
  readonly text: readonly string[];
  readonly fonts: readonly PdfFont[];
}

function run(command: string, args: readonly string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${command} is not installed, and the brief tests read the PDF back with it: apt-get install -y poppler-utils`, {
        cause: error,
      });
    throw error;
  }
}

export function readPdf(path: string): PdfReading {
  const info = run('pdfinfo', [path]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  const text = run('pdftotext', ['-enc', 'UTF-8', path, '-']).split('\f').slice(0, pages);
  const fonts = run('pdffonts', [path])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      // name, type (may hold spaces), encoding, emb, sub, uni, object id
      const match = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      if (!match) throw new Error(`pdffonts printed a line this reader does not know: ${line}`);
      return { name: match[1]!, type: match[2]!, embedded: match[4] === 'yes' };
    });
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]), text, fonts };
}

/**
 * Text with every kind of white space and every hyphen-minus taken out, for comparing: pdftotext
 * breaks lines where the page did, and drops the hyphen where a line broke after one ("back-" "end"
 * comes back as "backend").
 */
export function squash(text: string): string {
  return text.replace(/[\s-]+/g, '');
}
