import type { ReactNode } from 'react';

/** A label above its control; the control carries `id`. */
export function FormRow(props: { id: string; label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={props.wide ? 'form-row wide' : 'form-row'}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
    </div>
  );
}
