"use client";

import { useId, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { ButtonSize, ButtonVariant } from "@/components/ui/button-classes";

type ConfirmActionProps = {
  children: ReactNode;
  /** Accessible name of the opening button when its visible words alone are ambiguous; starts with them. */
  label?: string;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  isBusy?: boolean;
  disabled?: boolean;
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Red for what cannot be undone, the primary colour for a step forward. */
  confirmVariant?: "primary" | "destructive";
};

/**
 * A button that asks first, like the shared ConfirmButton, for actions that are weighty but not
 * necessarily destructive (open a round, publish teams). The native <dialog> traps focus,
 * closes on Escape and returns focus to the button.
 */
export function ConfirmAction({
  children,
  label,
  title,
  description,
  confirmLabel,
  onConfirm,
  isBusy,
  disabled,
  variant = "secondary",
  size = "sm",
  confirmVariant = "destructive",
}: ConfirmActionProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  function onConfirmClick() {
    dialogRef.current?.close();
    onConfirm();
  }

  return (
    <>
      <Button variant={variant} size={size} aria-label={label} isBusy={isBusy} disabled={disabled} onClick={() => dialogRef.current?.showModal()}>
        {children}
      </Button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        className="m-auto w-[min(30rem,calc(100%-2rem))] rounded-lg border border-stone-300 bg-white p-6 text-left shadow-xl backdrop:bg-stone-900/50"
      >
        <h2 id={titleId} className="text-lg font-semibold text-stone-900">
          {title}
        </h2>
        <div id={descriptionId} className="mt-2 text-sm text-stone-700">
          {description}
        </div>
        <div className="mt-6 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => dialogRef.current?.close()} autoFocus>
            Cancel
          </Button>
          <Button variant={confirmVariant} onClick={onConfirmClick}>
            {confirmLabel}
          </Button>
        </div>
      </dialog>
    </>
  );
}
