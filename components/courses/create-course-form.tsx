"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { RadioGroup, TextAreaField, TextField } from "@/components/ui/form-field";
import { fieldErrorsOf, formErrorMessage, type FieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";

type Template = "EMPTY" | "THESIS_DEMO";

const templateOptions = [
  { value: "EMPTY", label: "Start empty", description: "Add your own theories, cases and prompts." },
  {
    value: "THESIS_DEMO",
    label: "Start from the thesis demo",
    description: "US–Russian relations: three theories, ten cases, prompts as drafts.",
  },
] as const;

export function CreateCourseForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.course.create.mutationOptions());
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [template, setTemplate] = useState<Template>("EMPTY");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState("");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError("");
    if (!title.trim()) {
      setFieldErrors({ title: "Give the course a title" });
      return;
    }
    setFieldErrors({});
    try {
      const { id } = await create.mutateAsync({ title: title.trim(), description: description.trim(), template });
      router.push(`/courses/${id}`);
    } catch (error) {
      setFieldErrors(fieldErrorsOf(error));
      setFormError(formErrorMessage(error, ["title", "description", "template"]));
    }
  }

  return (
    <section aria-labelledby="create-course-heading" className="rounded-lg border border-stone-200 bg-white p-6">
      <h2 id="create-course-heading" className="font-serif text-xl font-semibold text-stone-950">
        Create a course
      </h2>
      <p className="mt-1 text-sm text-stone-700">You will be its instructor.</p>
      <form noValidate onSubmit={onSubmit} className="mt-4 space-y-4">
        {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
        <TextField
          label="Course title"
          name="title"
          required
          maxLength={200}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={fieldErrors.title}
        />
        <TextAreaField
          label="Description"
          name="description"
          rows={3}
          maxLength={5000}
          hint="Optional. Students see it on the course page."
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={fieldErrors.description}
        />
        <RadioGroup legend="Content" name="template" value={template} options={templateOptions} onChange={setTemplate} error={fieldErrors.template} />
        <Button type="submit" isBusy={create.isPending || create.isSuccess}>
          Create course
        </Button>
      </form>
    </section>
  );
}
