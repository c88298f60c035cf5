import { inflateSync } from 'node:zlib';

// Just enough of PDF to read back what Chromium prints: its PDFs (Skia, PDF 1.4) keep every object
// in the open (no object streams), compress content with FlateDecode and write text as glyph ids
// of Type0/Identity-H fonts, each with a ToUnicode map. No library for this one check.

type Objects = Map<number, string>;

function readObjects(pdf: Buffer): Objects {
  const text = pdf.toString('latin1');
  const objects: Objects = new Map();
  for (const m of text.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) objects.set(Number(m[1]), m[2] ?? '');
  return objects;
}

function streamOf(object: string | undefined): string {
  const m = object ? /stream\r?\n([\s\S]*?)\r?\nendstream/.exec(object) : null;
  if (!object || !m) return '';
  const raw = Buffer.from(m[1] ?? '', 'latin1');
  return (object.includes('/FlateDecode') ? inflateSync(raw) : raw).toString('latin1');
}

const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');

/** A font's ToUnicode map: glyph id → text. */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, block = ''] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, from = '', to = ''] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(parseInt(from, 16), utf16(to));
  for (const [, block = ''] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo = '', hi = '', to = ''] of block.matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const base = utf16(to);
      const last = base.codePointAt(base.length - 1) ?? 0;
      for (let g = parseInt(lo, 16); g <= parseInt(hi, 16); g++)
        map.set(g, base.slice(0, -1) + String.fromCodePoint(last + g - parseInt(lo, 16)));
    }
  return map;
}

const refs = (s: string) => [...s.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

/** The text of each page of a PDF printed by Chromium, in drawing order; text objects (BT … ET) end with a space. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const pages = [...objects.entries()]
    .filter(([, o]) => /\/Type\s*\/Page(?![a-zA-Z])/.test(o))
    .sort(([a], [b]) => a - b)
    .map(([, o]) => o);
  return pages.map((page) => {
    const resourcesRef = /\/Resources\s+(\d+) 0 R/.exec(page);
    const resources = resourcesRef ? (objects.get(Number(resourcesRef[1])) ?? '') : page;
    const fonts = new Map<string, Map<number, string>>();
    for (const [, name = '', ref = ''] of (/\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '').matchAll(
      /\/([\w.+-]+)\s+(\d+) 0 R/g,
    )) {
      const cmapRef = /\/ToUnicode\s+(\d+) 0 R/.exec(objects.get(Number(ref)) ?? '');
      fonts.set(name, cmapRef ? toUnicode(streamOf(objects.get(Number(cmapRef[1])))) : new Map());
    }
    const contents = refs(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page)?.[1] ?? '');
    const runs: string[] = [];
    let font = new Map<number, string>();
    for (const ref of contents)
      for (const m of streamOf(objects.get(ref)).matchAll(
        /\/([\w.+-]+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|\bET\b/g,
      )) {
        if (m[0] === 'ET') {
          runs.push(' ');
          continue;
        }
        if (m[1]) {
          font = fonts.get(m[1]) ?? new Map();
          continue;
        }
        const hex =
          m[2] !== undefined ? [...m[2].matchAll(/<([0-9A-Fa-f]*)>/g)].map((h) => h[1]).join('') : m[3];
        let run = '';
        for (let i = 0; i + 4 <= (hex ?? '').length; i += 4)
          run += font.get(parseInt(hex?.slice(i, i + 4) ?? '', 16)) ?? '\uFFFD';
        runs.push(run);
      }
    return runs.join('').replace(/\s+/g, ' ').trim();
  });
}
