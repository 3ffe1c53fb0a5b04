"use client";

import { useCallback, useEffect, useRef } from "react";

export type MoveDirection = "up" | "down";

type FocusTarget = { id: string; direction: MoveDirection; index: number };

/** Returns `ids` with the item at `index` swapped with its neighbour in `direction`. */
export function moveItem(ids: readonly string[], index: number, direction: MoveDirection): string[] {
  const target = direction === "up" ? index - 1 : index + 1;
  if (target < 0 || target >= ids.length) return [...ids];
  const next = [...ids];
  const moved = next[index]!;
  next[index] = next[target]!;
  next[target] = moved;
  return next;
}

/**
 * Keeps keyboard focus on the item that was moved. Moving re-orders the DOM, which can drop
 * focus; once the list renders in its new order, focus returns to the same button, or to the
 * other one when the item reached an end of the list and its button became disabled.
 */
export function useMoveFocus(ids: readonly string[]) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const pending = useRef<FocusTarget | null>(null);
  const order = ids.join("|");

  useEffect(() => {
    const target = pending.current;
    if (!target || order.split("|").indexOf(target.id) !== target.index) return;
    pending.current = null;
    const opposite: MoveDirection = target.direction === "up" ? "down" : "up";
    const preferred = buttons.current.get(`${target.id}:${target.direction}`);
    const fallback = buttons.current.get(`${target.id}:${opposite}`);
    (preferred && !preferred.disabled ? preferred : fallback)?.focus();
  }, [order]);

  const registerButton = useCallback(
    (id: string, direction: MoveDirection) => (element: HTMLButtonElement | null) => {
      const key = `${id}:${direction}`;
      if (element) buttons.current.set(key, element);
      else buttons.current.delete(key);
    },
    [],
  );

  /** Call in the same handler that reorders the list. */
  const focusAfterMove = useCallback((id: string, direction: MoveDirection, newIndex: number) => {
    pending.current = { id, direction, index: newIndex };
  }, []);

  return { registerButton, focusAfterMove };
}
