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
