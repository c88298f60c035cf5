import type { ReactNode, RefObject } from 'react';
import { useStrings } from '../i18n/use-strings';

/**
 * A modal question before something that cannot be undone: the danger button, then "Abbrechen",
 * which has the focus when the dialog opens, so that a stray Enter deletes nothing.
 */
export function ConfirmDialog({
  ref,
  ...props
}: {
  ref: RefObject<HTMLDialogElement | null>;
  /** Prefix of the title's and the text's ids. */
  id: string;
  title: string;
  /** What will be lost, in one or two paragraphs. */
  children: ReactNode;
  confirmText: string;
  onConfirm: () => void;
  onClose?: () => void;
}) {
  const t = useStrings();
  const close = () => ref.current?.close();
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${props.id}-title`}
      aria-describedby={`${props.id}-text`}
      onClose={props.onClose}
    >
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <div id={`${props.id}-text`}>{props.children}</div>
      <div className="actions">
        <button
          type="button"
          className="button danger"
          onClick={() => {
            props.onConfirm();
            close();
          }}
        >
          {props.confirmText}
        </button>
        <button type="button" className="button" autoFocus onClick={close}>
          {t.list.cancel}
        </button>
      </div>
    </dialog>
  );
}
