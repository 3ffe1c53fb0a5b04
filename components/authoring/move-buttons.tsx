"use client";

import { Button } from "@/components/ui/button";
import type { MoveDirection } from "@/components/authoring/move-focus";

type MoveButtonsProps = {
  itemLabel: string;
  index: number;
  count: number;
  disabled?: boolean;
  onMove: (direction: MoveDirection) => void;
  registerButton: (direction: MoveDirection) => (element: HTMLButtonElement | null) => void;
};

/** Up and down buttons: the keyboard-operable way to reorder a list. Names start with the visible words. */
export function MoveButtons({ itemLabel, index, count, disabled = false, onMove, registerButton }: MoveButtonsProps) {
  return (
    <div className="flex gap-1">
      <Button
        variant="secondary"
        size="sm"
        ref={registerButton("up")}
        aria-label={`Move up: ${itemLabel}`}
        disabled={disabled || index === 0}
        onClick={() => onMove("up")}
      >
        <span aria-hidden="true">↑</span> Move up
      </Button>
      <Button
        variant="secondary"
        size="sm"
        ref={registerButton("down")}
        aria-label={`Move down: ${itemLabel}`}
        disabled={disabled || index === count - 1}
        onClick={() => onMove("down")}
      >
        <span aria-hidden="true">↓</span> Move down
      </Button>
    </div>
  );
}
