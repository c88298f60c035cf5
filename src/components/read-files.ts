/** A file read as text, with its name for messages. */
export interface TextFile {
  name: string;
  text: string;
}

/** Largest file read whole; reading a bigger one stops there, and it gets a message instead of freezing the tab. */
const MAX_FILE_BYTES = 25 * 1024 * 1024;

/**
 * Files read at the same time. One after another, each read waits for the browser's file thread;
 * all at once, thousands of reads would be open together, with no pause between batches to report
 * progress and paint.
 */
const READ_AT_ONCE = 32;
/** How many files between two progress messages (a live region: not one per batch). */
const REPORT_EVERY = 256;

const TOO_LARGE = Symbol('too large');

/**
 * A file's text; TOO_LARGE after more than MAX_FILE_BYTES; null when the browser cannot read it
 * (moved or deleted since it was chosen). Read as a stream, counting the bytes, instead of asking
 * for `size` first: for a file from disk, Chromium answers `size` by asking the browser process
 * and waiting (a synchronous call per file). For 2,056 chosen files that was 0.5 to 0.75 s of a
 * blocked page before the first file was read (npm run bench, region overview).
 */
async function textOf(f: File): Promise<string | typeof TOO_LARGE | null> {
  try {
    const reader = f.stream().getReader();
    const decoder = new TextDecoder();
    let text = '';
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      bytes += value.byteLength;
      if (bytes > MAX_FILE_BYTES) {
        // The rest is not needed; a failure to stop reading does not make the file unreadable.
        reader.cancel().catch(() => undefined);
        return TOO_LARGE;
      }
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    return null;
  }
}

/**
 * Reads the files as text in the order given, reporting every REPORT_EVERY files read. Files too
 * large are named in `skipped`, files the browser cannot read in `unreadable`; the others are read.
 */
export async function readAll(
  files: File[],
  progress: (read: number) => void,
): Promise<{ files: TextFile[]; skipped: string[]; unreadable: string[] }> {
  const out: TextFile[] = [];
  const skipped: string[] = [];
  const unreadable: string[] = [];
  for (let i = 0; i < files.length; i += READ_AT_ONCE) {
    if (i > 0 && i % REPORT_EVERY === 0) progress(i);
    const batch = files.slice(i, i + READ_AT_ONCE);
    const texts = await Promise.all(batch.map(textOf));
    batch.forEach((f, k) => {
      const name = f.webkitRelativePath || f.name;
      const text = texts[k];
      if (typeof text === 'string') out.push({ name, text });
      else if (text === TOO_LARGE) skipped.push(f.name);
      else unreadable.push(name);
    });
  }
  return { files: out, skipped, unreadable };
}
