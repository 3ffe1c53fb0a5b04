"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { dashboardPath, inactiveDaysRange } from "@/components/dashboard/types";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-field";

/** Picks N in "no activity in the last N days"; the page reads it from the address, so it can be shared. */
export function InactiveDaysForm({ courseId, inactiveDays }: { courseId: string; inactiveDays: number }) {
  const router = useRouter();
  const [value, setValue] = useState(String(inactiveDays));
  const [error, setError] = useState<string | undefined>();
  const [isPending, startTransition] = useTransition();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const days = Number(value.trim());
    if (!/^\d+$/.test(value.trim()) || days < inactiveDaysRange.min || days > inactiveDaysRange.max) {
      setError(`Enter a whole number of days from ${inactiveDaysRange.min} to ${inactiveDaysRange.max}`);
      return;
    }
    setError(undefined);
    startTransition(() => router.push(dashboardPath(courseId, days), { scroll: false }));
  };

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2">
      <TextField
        label="Flag students with no activity in the last … days"
        name="inactiveDays"
        type="number"
        inputMode="numeric"
        min={inactiveDaysRange.min}
        max={inactiveDaysRange.max}
        step={1}
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        error={error}
        className="w-28!"
      />
      <Button type="submit" variant="secondary" isBusy={isPending}>
        Apply
      </Button>
    </form>
  );
}
