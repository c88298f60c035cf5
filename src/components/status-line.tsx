/** A live line that assistive technology reads out when its text changes; hidden while empty. */
export function StatusLine({ text, testId }: { text: string; testId?: string }) {
  return (
    <p role="status" className="status-line" data-testid={testId}>
      {text}
    </p>
  );
}
