/** A live line that assistive technology reads out when its text changes; hidden while empty. */
export function StatusLine({ text, testId }: { text: string; testId?: string }) {
  return (
    <p role="status" className="status-line" data-testid={testId}>
      {text}
    </p>
  );
}

/** What an action came to: a success read out by the status line, a failure shown as an alert. */
export function ActionOutcome({ outcome }: { outcome: { error: boolean; text: string } | null }) {
  return (
    <>
      <p role="status">{outcome && !outcome.error ? outcome.text : ''}</p>
      {outcome?.error && (
        <p role="alert" className="field-error">
          {outcome.text}
        </p>
      )}
    </>
  );
}
