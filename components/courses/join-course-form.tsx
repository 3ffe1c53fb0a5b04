"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-field";
import { fieldErrorsOf, formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";

export function JoinCourseForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const join = useMutation(trpc.course.join.mutationOptions());
  const [code, setCode] = useState("");
  const [error, setError] = useState("");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError("");
    if (!code.trim()) {
      setError("Enter the join code your instructor gave you");
      return;
    }
    try {
      const { courseId } = await join.mutateAsync({ code: code.trim() });
      router.push(`/courses/${courseId}`);
    } catch (caught) {
      setError(fieldErrorsOf(caught).code ?? formErrorMessage(caught));
    }
  }

  return (
    <section aria-labelledby="join-course-heading" className="rounded-lg border border-stone-200 bg-white p-6">
      <h2 id="join-course-heading" className="font-serif text-xl font-semibold text-stone-950">
        Join a course
      </h2>
      <p className="mt-1 text-sm text-stone-700">Your instructor shares an eight-character code.</p>
      <form noValidate onSubmit={onSubmit} className="mt-4 space-y-4">
        <TextField
          label="Join code"
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder="e.g. K7MPQ2XR"
          className="font-mono tracking-wider uppercase placeholder:normal-case placeholder:tracking-normal"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={error}
          isErrorAnnounced
        />
        <Button type="submit" isBusy={join.isPending || join.isSuccess}>
          Join course
        </Button>
      </form>
    </section>
  );
}
