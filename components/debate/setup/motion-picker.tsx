"use client";

import { useId } from "react";
import { SelectField } from "@/components/ui/form-field";
import { classNames } from "@/components/ui/class-names";

export type MotionCase = { id: string; title: string; motions: { id: string; text: string }[] };

type MotionPickerProps = {
  cases: MotionCase[];
  caseId: string;
  promptId: string;
  error?: string;
  onCaseChange: (caseId: string) => void;
  onPromptChange: (promptId: string) => void;
};

/** The case first, then one of its posted debate motions: a short list to read instead of twenty. */
export function MotionPicker({ cases, caseId, promptId, error, onCaseChange, onPromptChange }: MotionPickerProps) {
  const legendId = useId();
  const errorId = useId();
  const selectedCase = cases.find((item) => item.id === caseId);
  return (
    <div className="space-y-4">
      <SelectField
        label="Case"
        hint={`${cases.length} ${cases.length === 1 ? "case has" : "cases have"} posted debate motions.`}
        value={caseId}
        onChange={(event) => onCaseChange(event.target.value)}
        error={!selectedCase ? error : undefined}
        className="sm:max-w-xl"
      >
        <option value="">Choose a case…</option>
        {cases.map((item) => (
          <option key={item.id} value={item.id}>
            {item.title}
          </option>
        ))}
      </SelectField>
      {selectedCase ? (
        <fieldset aria-describedby={error ? errorId : undefined}>
          <legend id={legendId} className="text-sm font-medium text-stone-900">
            Motion
          </legend>
          <div className="mt-2 space-y-2">
            {selectedCase.motions.map((motion) => (
              <label
                key={motion.id}
                className={classNames(
                  "flex cursor-pointer gap-3 rounded-md border bg-white p-3 text-sm has-[:checked]:border-teal-700 has-[:checked]:bg-teal-50",
                  error ? "border-red-700" : "border-stone-300",
                )}
              >
                <input
                  type="radio"
                  name="promptId"
                  value={motion.id}
                  checked={promptId === motion.id}
                  onChange={() => onPromptChange(motion.id)}
                  className="mt-1 accent-teal-800"
                />
                <span className="font-serif text-base leading-snug text-stone-950">{motion.text}</span>
              </label>
            ))}
          </div>
          {error ? (
            <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
              {error}
            </p>
          ) : null}
        </fieldset>
      ) : null}
    </div>
  );
}
