import { Button } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface CommandToggleProps {
  openLabel: string;
  /** Said (politely, in a live region) after the form saved. */
  successText: string;
  variant?: 'primary' | 'secondary' | 'tertiary';
  size?: 'sm' | 'md';
  children(done: () => void, cancel: () => void): ReactNode;
}

/** A button that opens a form in place; saving or cancelling closes it and returns focus. */
export function CommandToggle({ openLabel, successText, variant = 'primary', size = 'md', children }: CommandToggleProps) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(0);

  useEffect(() => {
    if (returnFocus > 0) buttonRef.current?.focus();
  }, [returnFocus]);

  const close = (didSave: boolean) => {
    setOpen(false);
    setSaved(didSave);
    setReturnFocus((n) => n + 1);
  };

  return (
    <div className="command-toggle">
      {!open && (
        <Button ref={buttonRef} variant={variant} data-size={size} onClick={() => (setOpen(true), setSaved(false))}>
          {openLabel}
        </Button>
      )}
      <div role="status" className="command-toggle__status">
        {saved && !open ? successText : ''}
      </div>
      {open &&
        children(
          () => close(true),
          () => close(false),
        )}
    </div>
  );
}
