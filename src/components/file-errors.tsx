import type { FileProblem } from '../engine/import-batch';
import { errorStrings } from '../i18n/strings-errors';
import { useLanguage, useStrings } from '../i18n/use-strings';
import { ErrorBox, MessageList } from './error-box';

/** A file's messages in the person's language (the engine gives codes). */
function useFileMessages(): (p: FileProblem) => string[] {
  const t = useStrings();
  const m = errorStrings[useLanguage()];
  return (p) => [...(p.tooLarge ? [t.files.tooLarge(p.file)] : []), ...p.errors.map(m.importError)];
}

/** More files than this with errors are listed in a box that opens on request. */
const OPEN_UP_TO = 3;
/** Files whose errors are listed; the rest are only counted. */
const MAX_LISTED = 50;

/** How the file errors of many files are summed up in one box. */
export interface FileErrorSummary {
  /** The box's title from the number of files with errors. */
  title: (files: number) => string;
  /** The line for the files not listed. */
  more: (files: number) => string;
}

/**
 * The messages of the files that could not be read: one alert per file, or, with a summary (for
 * hundreds of files), one box that lists the first ones and opens on request when there are many.
 */
export function FileErrors({
  problems,
  heading,
  summary,
  testId,
}: {
  problems: readonly FileProblem[];
  /** The line above a file's messages, from its name. */
  heading: (file: string) => string;
  summary?: FileErrorSummary;
  testId?: string;
}) {
  const messages = useFileMessages();
  if (!summary)
    return problems.map((p, i) => (
      <ErrorBox key={i} title={heading(p.file)} testId={testId}>
        <MessageList messages={messages(p)} />
      </ErrorBox>
    ));
  if (problems.length === 0) return null;
  const list = (
    <ul className="file-errors">
      {problems.slice(0, MAX_LISTED).map((p, i) => (
        <li key={i}>
          <p>{heading(p.file)}</p>
          <MessageList messages={messages(p)} />
        </li>
      ))}
      {problems.length > MAX_LISTED && <li>{summary.more(problems.length - MAX_LISTED)}</li>}
    </ul>
  );
  return problems.length > OPEN_UP_TO ? (
    <details className="error-box" data-testid={testId}>
      <summary>{summary.title(problems.length)}</summary>
      {list}
    </details>
  ) : (
    <ErrorBox title={summary.title(problems.length)} testId={testId}>
      {list}
    </ErrorBox>
  );
}
