"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { ErrorAlert, StatusMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/form-field";
import { useFocusFirstInvalid } from "@/components/ui/focus-first-invalid";
import { fieldErrorsOf, formErrorMessage, type FieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";

type CourseDetailsFormProps = { courseId: string; title: string; description: string };

export function CourseDetailsForm({ courseId, title: initialTitle, description: initialDescription }: CourseDetailsFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.course.update.mutationOptions());
  const [title, setTitle] = useState(initialTitle);
  const [description, setDescription] = useState(initialDescription);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState("");
  const [status, setStatus] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus("");
    setFormError("");
    if (!title.trim()) {
      setFieldErrors({ title: "Title is required" });
      focusFirstInvalid();
      return;
    }
    setFieldErrors({});
    try {
      await update.mutateAsync({ courseId, title: title.trim(), description: description.trim() });
      setStatus("Course details saved.");
      await queryClient.invalidateQueries({ queryKey: trpc.course.pathKey() });
      router.refresh();
    } catch (error) {
      setFieldErrors(fieldErrorsOf(error));
      setFormError(formErrorMessage(error, ["title", "description"]));
      focusFirstInvalid();
    }
  }

  return (
    <section aria-labelledby="course-details-heading" className="rounded-lg border border-stone-200 bg-white p-6">
      <h2 id="course-details-heading" className="font-serif text-xl font-semibold text-stone-950">
        Course details
      </h2>
      <form ref={formRef} noValidate onSubmit={onSubmit} className="mt-4 space-y-4">
        {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
        <TextField label="Course title" name="title" required maxLength={200} value={title} onChange={(event) => setTitle(event.target.value)} error={fieldErrors.title} />
        <TextAreaField
          label="Description"
          name="description"
          rows={4}
          maxLength={5000}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={fieldErrors.description}
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" isBusy={update.isPending}>
            Save details
          </Button>
          <StatusMessage>{status}</StatusMessage>
        </div>
      </form>
    </section>
  );
}
