/**
 * A second copy of every save in IndexedDB, written with `durability: 'strict'`: the transaction
 * completes only once the data is on disk. Chromium keeps localStorage in memory and writes it to
 * disk only after a delay, so a power cut or a killed browser lost the last answers (issue 16).
 * localStorage stays the primary store (read synchronously at start, shared between tabs by its
 * `storage` event); at start the app compares the two and takes the journal's copy when it is
 * newer. Best effort: where IndexedDB is missing or refused, the app works as before.
 */

const DB_NAME = 'digitalkompass-kommune';
const STORE = 'journal';
const KEY = 'state';

/** One journal entry: the stored text and when it was saved (ms since 1970, strictly increasing). */
export interface JournalEntry {
  raw: string;
  stamp: number;
}

let db: Promise<IDBDatabase | null> | null = null;

function open(): Promise<IDBDatabase | null> {
  db ??= new Promise((resolve) => {
    try {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  return db;
}

// Only the newest text is written; a save that arrives while one is on its way replaces the
// waiting one instead of queueing behind it (typing a note saves on every key).
let waiting: JournalEntry | null = null;
let writing = false;

/** Writes `entry` to the journal (the newest one wins; never throws). */
export function writeJournal(entry: JournalEntry): void {
  waiting = entry;
  if (!writing) void flush();
}

async function flush() {
  writing = true;
  const database = await open();
  while (database && waiting) {
    const entry = waiting;
    waiting = null;
    await new Promise<void>((resolve) => {
      try {
        const tx = database.transaction(STORE, 'readwrite', { durability: 'strict' });
        tx.objectStore(STORE).put(entry, KEY);
        tx.oncomplete = () => resolve();
        tx.onerror = () => resolve();
        tx.onabort = () => resolve();
      } catch {
        resolve();
      }
    });
  }
  waiting = null;
  writing = false;
}

/** The journal's entry, or null when there is none or it cannot be read. */
export async function readJournal(): Promise<JournalEntry | null> {
  const database = await open();
  if (!database) return null;
  return new Promise((resolve) => {
    try {
      const request = database.transaction(STORE, 'readonly').objectStore(STORE).get(KEY);
      request.onsuccess = () => {
        const v: unknown = request.result;
        resolve(
          typeof v === 'object' &&
            v !== null &&
            'raw' in v &&
            typeof v.raw === 'string' &&
            'stamp' in v &&
            typeof v.stamp === 'number'
            ? { raw: v.raw, stamp: v.stamp }
            : null,
        );
      };
      request.onerror = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}
