"use client";

import type { ComponentProps } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";

/**
 * The shared confirm button with the debate pages' defaults: a quiet opening button, for actions
 * that are weighty but not necessarily destructive (open a round, publish teams).
 */
export function ConfirmAction(props: ComponentProps<typeof ConfirmButton>) {
  return <ConfirmButton variant="secondary" {...props} />;
}
