/** A file read as text, with its name for messages. */
export interface TextFile {
  name: string;
  text: string;
}

/** Largest file read at all; bigger ones get a message instead of freezing the tab. */
const MAX_FILE_BYTES = 25 * 1024 * 1024;

/**
 * Files read at the same time. One after another, each read waits for the browser's file thread;
 * all at once, the browser paints no frame until it knows every file's size.
 */
const READ_AT_ONCE = 32;
/** How many files between two progress messages (a live region: not one per batch). */
const REPORT_EVERY = 256;

/** A file's text, or null when the browser cannot read it (moved or deleted since it was chosen). */
const textOf = (f: File): Promise<string | null> => f.text().catch(() => null);

/**
 * Reads the files as text in the order given, reporting every REPORT_EVERY files read. Files too
 * large are skipped by name, and so are files the browser cannot read; the others are read.
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
    const batch = files.slice(i, i + READ_AT_ONCE).filter((f) => {
      if (f.size <= MAX_FILE_BYTES) return true;
      skipped.push(f.name);
      return false;
    });
    const texts = await Promise.all(batch.map(textOf));
    batch.forEach((f, k) => {
      const name = f.webkitRelativePath || f.name;
      const text = texts[k];
      if (typeof text === 'string') out.push({ name, text });
      else unreadable.push(name);
    });
  }
  return { files: out, skipped, unreadable };
}
