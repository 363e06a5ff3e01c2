import { Dialog } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  open: boolean;
  title: string;
  /** Called when the dialog closes: "Lukk", Escape, or after `open` turned false. */
  onClose(): void;
  /** Where focus goes on close when the element that opened it is gone (e.g. its row was removed). */
  fallbackFocus?: () => HTMLElement | null;
  children: ReactNode;
}

/**
 * A modal <dialog> (Designsystemet's Dialog, shown with showModal, so the page behind is inert
 * and focus stays inside). It remembers what had focus when it opened and returns focus there
 * when it closes. The content is only rendered while it is open, so forms start afresh.
 */
export function ModalDialog({ open, title, onClose, fallbackFocus, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  function handleClose() {
    onClose();
    // After the browser's own focus handling, so ours wins.
    window.setTimeout(() => {
      const target = opener.current?.isConnected ? opener.current : (fallbackFocus?.() ?? null);
      target?.focus();
    }, 0);
  }

  return (
    <Dialog ref={ref} closeButton="Lukk" onClose={handleClose} aria-labelledby={titleId}>
      <Dialog.Block>
        <h2 id={titleId} className="ds-heading" data-size="xs">
          {title}
        </h2>
      </Dialog.Block>
      <Dialog.Block>{open && children}</Dialog.Block>
    </Dialog>
  );
}
