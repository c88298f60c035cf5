import type { ReactNode } from 'react';

/** Checkboxes in a fieldset with a legend; `chosen` lists the ticked options in the order they were ticked. */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  label,
  chosen,
  onChange,
  className,
  empty,
}: {
  legend: string;
  options: readonly T[];
  label: (option: T) => ReactNode;
  chosen: readonly T[];
  onChange: (next: T[]) => void;
  className?: string;
  /** Shown instead of the checkboxes when there are no options. */
  empty?: ReactNode;
}) {
  return (
    <fieldset className={className ? `checkbox-group ${className}` : 'checkbox-group'}>
      <legend>{legend}</legend>
      {options.length === 0
        ? empty
        : options.map((o) => (
            <label key={o} className="checkbox-row">
              <input
                type="checkbox"
                checked={chosen.includes(o)}
                onChange={(e) => onChange(e.target.checked ? [...chosen, o] : chosen.filter((x) => x !== o))}
              />
              {label(o)}
            </label>
          ))}
    </fieldset>
  );
}
