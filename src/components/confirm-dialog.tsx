import { useId, type ReactNode, type RefObject } from 'react';
import { useStrings } from './use-strings';

/**
 * A modal question before something is deleted: the danger button confirms and closes, "Abbrechen"
 * (focused first, so that Enter does no harm) only closes. The caller opens it with showModal().
 */
export function ConfirmDialog({
  dialogRef,
  title,
  description,
  confirmText,
  onConfirm,
  onClose,
  lang,
  children,
}: {
  dialogRef: RefObject<HTMLDialogElement | null>;
  title: string;
  /** A text that describes the dialog to assistive technology. */
  description?: string;
  confirmText: string;
  onConfirm: () => void;
  onClose?: () => void;
  lang?: string;
  children?: ReactNode;
}) {
  const t = useStrings();
  const id = useId();
  const close = () => dialogRef.current?.close();
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      aria-describedby={description === undefined ? undefined : `${id}-text`}
      onClose={onClose}
      lang={lang}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {description !== undefined && <p id={`${id}-text`}>{description}</p>}
      {children}
      <div className="actions">
        <button
          type="button"
          className="button danger"
          onClick={() => {
            onConfirm();
            close();
          }}
        >
          {confirmText}
        </button>
        <button type="button" className="button" autoFocus onClick={close}>
          {t.list.cancel}
        </button>
      </div>
    </dialog>
  );
}
