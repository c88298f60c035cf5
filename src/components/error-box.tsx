import type { ReactNode } from 'react';

/** Messages as a list, one item each. */
export function MessageList({ messages }: { messages: readonly string[] }) {
  return (
    <ul>
      {messages.map((m, i) => (
        <li key={i}>{m}</li>
      ))}
    </ul>
  );
}

/** An alert: what went wrong in one line, the details below it. */
export function ErrorBox({
  title,
  testId,
  children,
}: {
  title: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <div className="error-box" role="alert" data-testid={testId}>
      <p>{title}</p>
      {children}
    </div>
  );
}

/**
 * A form's error summary. It is always there, so that a failed submit can move the focus to it
 * (by `id`), and it is an alert while it lists problems.
 */
export function FormErrors({
  id,
  title,
  messages,
}: {
  id: string;
  title: string;
  messages: readonly string[];
}) {
  return (
    <div id={id} tabIndex={-1} role={messages.length ? 'alert' : undefined}>
      {messages.length > 0 && (
        <div className="error-box">
          <p>{title}</p>
          <MessageList messages={messages} />
        </div>
      )}
    </div>
  );
}
