"use client";

import { useEffect, useRef, useState, type RefObject } from "react";

/**
 * After a submit that found problems, moves focus to the first invalid control so keyboard
 * and screen-reader users land on what needs fixing. Call `requestFocus()` when errors are set.
 */
export function useFocusFirstInvalid(formRef: RefObject<HTMLFormElement | null>) {
  const [request, setRequest] = useState(0);
  const handled = useRef(0);

  useEffect(() => {
    if (request === handled.current) return;
    handled.current = request;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [request, formRef]);

  return () => setRequest((count) => count + 1);
}
