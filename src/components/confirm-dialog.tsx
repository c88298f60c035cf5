import { useId, type ReactNode, type RefObject } from 'react';
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
  title: string;
  /** What will be lost, in one or two paragraphs. */
  children: ReactNode;
  confirmText: string;
  onConfirm: () => void;
  onClose?: () => void;
}) {
  const t = useStrings();
  const id = useId();
  const close = () => ref.current?.close();
  return (
    <dialog ref={ref} aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`} onClose={props.onClose}>
      <h2 id={`${id}-title`}>{props.title}</h2>
      <div id={`${id}-text`}>{props.children}</div>
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
