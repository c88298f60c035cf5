import type { ReactNode } from 'react';
import type { FileProblem } from '../engine/import-batch';
import { FileDrop, type TextFile } from './file-drop';
import { FileErrors, type FileErrorSummary } from './file-errors';
import { StatusLine } from './status-line';

/** What became of the latest files: the live status line (none without) and the files that could not be read. */
export interface FileReadout {
  status?: string;
  problems: readonly FileProblem[];
}

/** Nothing read yet. */
export const NO_READOUT: FileReadout = { status: '', problems: [] };

/**
 * Choose or drop export files, see what became of them and which could not be read. Files too large
 * to read come to `onFiles` as problems of their own; the caller keeps the problems it shows.
 */
export function FileBatchInput({
  label,
  hint,
  multiple = false,
  allowFolder = false,
  onFiles,
  readout,
  statusTestId,
  heading,
  summary,
  errorsTestId,
  children,
}: {
  label: string;
  hint?: string;
  multiple?: boolean;
  allowFolder?: boolean;
  onFiles: (files: TextFile[], tooLarge: FileProblem[]) => void;
  readout: FileReadout;
  statusTestId?: string;
  /** The line above a file's messages, from its name. */
  heading: (file: string) => string;
  summary?: FileErrorSummary;
  errorsTestId?: string;
  /** Shown between the status line and the errors. */
  children?: ReactNode;
}) {
  return (
    <>
      <FileDrop
        label={label}
        hint={hint}
        multiple={multiple}
        allowFolder={allowFolder}
        onFiles={(files, skipped) =>
          onFiles(
            files,
            skipped.map((file) => ({ file, errors: [], tooLarge: true })),
          )
        }
      />
      {readout.status !== undefined && <StatusLine text={readout.status} testId={statusTestId} />}
      {children}
      <FileErrors problems={readout.problems} heading={heading} summary={summary} testId={errorsTestId} />
    </>
  );
}
