import { useId, useRef, useState, type DragEvent } from 'react';
import { useStrings } from '../i18n/use-strings';
import { readAll, type TextFile } from './read-files';

export type { TextFile };

// Folders dropped onto the area arrive as directory entries: walk them for .json files.
async function filesFromEntry(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile)
    return new Promise((resolve) =>
      (entry as FileSystemFileEntry).file(
        (f) => resolve([f]),
        () => resolve([]),
      ),
    );
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const entries: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve) =>
      reader.readEntries(resolve, () => resolve([])),
    );
    if (batch.length === 0) break;
    entries.push(...batch);
  }
  const nested = await Promise.all(entries.map(filesFromEntry));
  return nested.flat();
}

/**
 * Choose or drop files (and, where allowed, whole folders). Reads them as text and hands them on;
 * never interprets them itself.
 */
export function FileDrop({
  label,
  hint,
  multiple = false,
  allowFolder = false,
  accept = '.json,application/json',
  onFiles,
}: {
  label: string;
  hint?: string;
  multiple?: boolean;
  allowFolder?: boolean;
  accept?: string;
  onFiles: (files: TextFile[], skipped: string[]) => void;
}) {
  const t = useStrings();
  const uid = useId();
  const [over, setOver] = useState(false);
  // While files are read: how many of how many (many files take a moment to read).
  const [busy, setBusy] = useState<{ read: number; of: number } | null>(null);
  // Files of the last choice the browser could not read: named here, the others go on.
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const folder = useRef<HTMLInputElement>(null);

  const handle = async (files: File[]) => {
    const wanted = allowFolder
      ? files.filter((f) => /\.json$/i.test(f.name) || !f.webkitRelativePath)
      : files;
    const chosen = multiple ? wanted : wanted.slice(0, 1);
    setBusy({ read: 0, of: chosen.length });
    try {
      const result = await readAll(chosen, (n) => setBusy({ read: n, of: chosen.length }));
      setUnreadable(result.unreadable);
      onFiles(result.files, result.skipped);
    } finally {
      setBusy(null);
    }
  };
  const drop = async (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const items = [...e.dataTransfer.items];
    const entries = items.map((i) => i.webkitGetAsEntry?.()).filter((x): x is FileSystemEntry => !!x);
    const files = entries.length
      ? (await Promise.all(entries.map(filesFromEntry))).flat()
      : [...e.dataTransfer.files];
    await handle(files.filter((f) => !allowFolder || /\.json$/i.test(f.name) || entries.length === 0));
  };

  return (
    <div
      className={over ? 'file-drop over' : 'file-drop'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => void drop(e)}
    >
      <label htmlFor={`${uid}-files`}>{label}</label>
      {hint && (
        <p className="small-note" id={`${uid}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={`${uid}-files`}
        type="file"
        accept={accept}
        multiple={multiple}
        aria-describedby={hint ? `${uid}-hint` : undefined}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          void handle(files);
        }}
      />
      {allowFolder && (
        <>
          <button type="button" className="button" onClick={() => folder.current?.click()}>
            {t.files.chooseFolder}
          </button>
          <input
            ref={folder}
            type="file"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            // webkitdirectory lets people pick a whole folder (supported by all current browsers)
            {...{ webkitdirectory: '' }}
            multiple
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              void handle(files);
            }}
          />
        </>
      )}
      <p className="small-note">{t.files.dropHint}</p>
      {busy && (
        <p role="status">{busy.read > 0 ? t.files.readingProgress(busy.read, busy.of) : t.files.reading}</p>
      )}
      {unreadable.length > 0 && (
        <p role="alert" className="field-error">
          {t.files.unreadable(unreadable.join(', '))}
        </p>
      )}
    </div>
  );
}
