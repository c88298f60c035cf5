import type { ReactNode } from 'react';
import { ScrollBox } from './scroll-box';

/**
 * A table with a row of column heads, in a ScrollBox named `label` so that a wide one scrolls on
 * its own. The rows come as children; a caption (for screen readers only) and a footer are optional.
 */
export function DataTable({
  label,
  columns,
  className = 'data-table',
  testId,
  caption,
  foot,
  children,
}: {
  label: string;
  columns: readonly ReactNode[];
  className?: string;
  testId?: string;
  caption?: string;
  foot?: ReactNode;
  children: ReactNode;
}) {
  return (
    <ScrollBox label={label}>
      <table className={className} data-testid={testId}>
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th scope="col" key={i}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {foot && <tfoot>{foot}</tfoot>}
      </table>
    </ScrollBox>
  );
}
