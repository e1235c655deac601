/**
 * Shift_JIS bytes for the few words the tests use, written by hand (TextEncoder writes only UTF-8),
 * each checked by decoding in shift-jis.test.ts. ASCII is the same in both.
 */
const WORDS: Readonly<Record<string, readonly number[]>> = {
  緯度: [0x88, 0xdc, 0x93, 0x78],
  経度: [0x8c, 0x6f, 0x93, 0x78],
  東京: [0x93, 0x8c, 0x8b, 0x9e],
  名称: [0x96, 0xbc, 0x8f, 0xcc],
};

/** The Shift_JIS bytes of a text made of ASCII and the words above. */
export function shiftJis(text: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  outer: while (i < text.length) {
    for (const [word, bytes] of Object.entries(WORDS)) {
      if (text.startsWith(word, i)) {
        out.push(...bytes);
        i += word.length;
        continue outer;
      }
    }
    const code = text.charCodeAt(i);
    if (code > 0x7f) throw new Error(`No Shift_JIS bytes written for ${text[i]}`);
    out.push(code);
    i++;
  }
  return new Uint8Array(out);
}

export const SHIFT_JIS_WORDS = Object.keys(WORDS);
