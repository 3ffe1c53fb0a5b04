"use client";

import type { ComponentProps } from "react";
import { buttonClasses, type ButtonSize, type ButtonVariant } from "@/components/ui/button-classes";
import { classNames } from "@/components/ui/class-names";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";

type ButtonProps = ComponentProps<"button"> & { variant?: ButtonVariant; size?: ButtonSize; isBusy?: boolean };

/**
 * Disabled until React has hydrated: a click before then would do nothing, and a form
 * submitted before then would go to the browser's default GET, putting fields in the URL.
 * That brief state keeps the normal look, so pages do not flash grey buttons on load.
 */
export function Button({ variant, size, isBusy = false, className, type = "button", disabled, children, ...rest }: ButtonProps) {
  const isHydrated = useIsHydrated();
  return (
    <button
      type={type}
      className={classNames(buttonClasses(variant, size, disabled || isBusy), className)}
      disabled={disabled || isBusy || !isHydrated}
      aria-busy={isBusy || undefined}
      {...rest}
    >
      {isBusy ? <Spinner /> : null}
      {children}
    </button>
  );
}

function Spinner() {
  return (
    <span
      aria-hidden="true"
      className="size-3.5 animate-spin rounded-full border-2 border-current border-r-transparent motion-reduce:animate-none"
    />
  );
}
