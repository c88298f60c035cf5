import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useStrings } from '../i18n/use-strings';

/**
 * A table or chart that can be wider than the screen scrolls sideways in a box of its own, so the
 * page itself never does (WCAG 1.4.10 Reflow: a phone, or 400 % zoom on a laptop). While it does
 * not fit, the box is a named region in the tab order, so keyboard users can scroll it with the
 * arrow keys; one that fits adds no tab stop.
 */
export function ScrollBox({
  label,
  kind = 'table',
  children,
}: {
  /** What the box holds, e.g. the table's heading; the name says "Tabelle: …" or "Diagramm: …". */
  label: string;
  kind?: 'table' | 'chart';
  children: ReactNode;
}) {
  const t = useStrings();
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const check = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={box}
      className="scroll-box"
      {...(overflows ? { role: 'region', 'aria-label': t.scrollBox[kind](label), tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}
