import { useId, type ReactNode } from 'react';

/** A section named by its heading, so that assistive technology lists it as a region of the page. */
export function Section({
  title,
  className,
  testId,
  children,
}: {
  title: ReactNode;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={className} data-testid={testId}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
