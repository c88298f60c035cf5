import { describe, expect, it } from 'vitest';
import { readAll } from './read-files';

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

/** A file larger than the app reads (26 MB of zeros). */
const huge = (name: string) => new File([new Uint8Array(26 * 1024 * 1024)], name);

/** A file that would be too large by its `size`, which the reading must not ask for (see read-files.ts). */
function sizeUnasked(name: string, parts: BlobPart[]): File {
  const f = new File(parts, name);
  Object.defineProperty(f, 'size', {
    get: () => {
      throw new Error('size asked');
    },
  });
  return f;
}

describe('readAll', () => {
  it('reads every file as text, in the order chosen', async () => {
    const files = Array.from({ length: 70 }, (_, i) => file(`k-${i}.json`, `{"n":${i}}`));
    const { files: read, skipped } = await readAll(files, () => undefined);
    expect(read.map((f) => f.name)).toEqual(files.map((f) => f.name));
    expect(read.map((f) => f.text)).toEqual(files.map((_, i) => `{"n":${i}}`));
    expect(skipped).toEqual([]);
  });

  it('skips files too large to read by name and reads the others', async () => {
    const { files: read, skipped } = await readAll(
      [file('a.json', 'a'), huge('gross.json'), file('b.json', 'b')],
      () => undefined,
    );
    expect(read).toEqual([
      { name: 'a.json', text: 'a' },
      { name: 'b.json', text: 'b' },
    ]);
    expect(skipped).toEqual(['gross.json']);
  });

  it('reads without asking each file for its size, and keeps text split across chunks whole', async () => {
    // "ü" is two bytes; the file's two parts come as two chunks, split between those bytes.
    const text = 'xü'.repeat(1000);
    const bytes = new TextEncoder().encode(text);
    const split = sizeUnasked('a.json', [bytes.slice(0, 2), bytes.slice(2)]);
    const { files: read } = await readAll([split], () => undefined);
    expect(read).toEqual([{ name: 'a.json', text }]);
  });

  it('names a file the browser cannot read and reads the others', async () => {
    const gone = file('weg.json', '{}');
    Object.defineProperty(gone, 'stream', {
      value: () => new ReadableStream({ pull: (c) => c.error(new DOMException('', 'NotFoundError')) }),
    });
    const result = await readAll([file('a.json', 'a'), gone, file('b.json', 'b')], () => undefined);
    expect(result.files.map((f) => f.name)).toEqual(['a.json', 'b.json']);
    expect(result.unreadable).toEqual(['weg.json']);
    expect(result.skipped).toEqual([]);
  });

  it('says how far it got every 256 files, not for each file', async () => {
    const progress: number[] = [];
    await readAll(
      Array.from({ length: 600 }, (_, i) => file(`k-${i}.json`, '{}')),
      (n) => progress.push(n),
    );
    expect(progress).toEqual([256, 512]);
  });
});
