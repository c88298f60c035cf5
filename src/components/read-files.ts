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

/** Reads the files as text in the order given, reporting every REPORT_EVERY files read; files too large are skipped by name. */
export async function readAll(
  files: File[],
  progress: (read: number) => void,
): Promise<{ files: TextFile[]; skipped: string[] }> {
  const out: TextFile[] = [];
  const skipped: string[] = [];
  for (let i = 0; i < files.length; i += READ_AT_ONCE) {
    if (i > 0 && i % REPORT_EVERY === 0) progress(i);
    const batch = files.slice(i, i + READ_AT_ONCE).filter((f) => {
      if (f.size <= MAX_FILE_BYTES) return true;
      skipped.push(f.name);
      return false;
    });
    const texts = await Promise.all(batch.map((f) => f.text()));
    batch.forEach((f, k) => out.push({ name: f.webkitRelativePath || f.name, text: texts[k] ?? '' }));
  }
  return { files: out, skipped };
}
