"use client";

import { useId, useRef, type ReactNode, type RefObject } from "react";
import { Button } from "@/components/ui/button";
import type { ButtonSize, ButtonVariant } from "@/components/ui/button-classes";

type ConfirmButtonProps = {
  /** Visible content of the button that opens the dialog. */
  children: ReactNode;
  /** Its accessible name when the visible word alone is ambiguous: starts with that word ("Delete: Kosovo"). */
  label?: string;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  isBusy?: boolean;
  variant?: ButtonVariant;
  size?: ButtonSize;
  disabled?: boolean;
  /** Red for what cannot be undone, the primary colour for a weighty step forward. */
  confirmVariant?: "primary" | "destructive";
};

/**
 * A button that asks first. The native <dialog> gives focus trapping, Escape to cancel and
 * focus return to the opening button.
 */
export function ConfirmButton({
  children,
  label,
  title,
  description,
  confirmLabel,
  onConfirm,
  isBusy,
  variant = "danger",
  size = "sm",
  disabled,
  confirmVariant = "destructive",
}: ConfirmButtonProps) {
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
      <ConfirmDialogFrame dialogRef={dialogRef} titleId={titleId} descriptionId={descriptionId} title={title}>
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
      </ConfirmDialogFrame>
    </>
  );
}

type ConfirmDialogFrameProps = {
  dialogRef: RefObject<HTMLDialogElement | null>;
  titleId: string;
  descriptionId: string;
  title: string;
  children: ReactNode;
};

function ConfirmDialogFrame({ dialogRef, titleId, descriptionId, title, children }: ConfirmDialogFrameProps) {
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      className="m-auto w-[min(28rem,calc(100%-2rem))] rounded-lg border border-stone-300 bg-white p-6 text-left shadow-xl backdrop:bg-stone-900/50"
    >
      <h2 id={titleId} className="text-lg font-semibold text-stone-900">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
