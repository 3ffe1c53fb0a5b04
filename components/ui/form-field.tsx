"use client";

import { useId, type ComponentProps, type ReactNode } from "react";
import { classNames } from "@/components/ui/class-names";

/** The look of a text box or select, without its width. */
export const controlSkinClasses =
  "rounded-md border border-stone-400 bg-white px-3 py-2 text-sm text-stone-900 shadow-sm placeholder:text-stone-500 aria-[invalid=true]:border-red-700 disabled:bg-stone-100";

export const controlClasses = `block w-full ${controlSkinClasses}`;

type FieldFrameProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  isLabelHidden?: boolean;
  isErrorAnnounced?: boolean;
  className?: string;
  children: ReactNode;
};

/** Label above, control, then hint and error, both tied to the control by aria-describedby. */
function FieldFrame({ id, label, hint, error, isLabelHidden = false, isErrorAnnounced = false, className, children }: FieldFrameProps) {
  return (
    <div className={classNames("space-y-1", className)}>
      <label htmlFor={id} className={isLabelHidden ? "sr-only" : "block text-sm font-medium text-stone-900"}>
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role={isErrorAnnounced ? "alert" : undefined} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

type SharedFieldProps = {
  label: string;
  hint?: string;
  error?: string;
  isLabelHidden?: boolean;
  /** Make the error a live alert: for single-field forms whose error comes from the server. */
  isErrorAnnounced?: boolean;
  fieldClassName?: string;
};

export function TextField({ label, hint, error, isLabelHidden, isErrorAnnounced, fieldClassName, className, ...input }: SharedFieldProps & ComponentProps<"input">) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} isLabelHidden={isLabelHidden} isErrorAnnounced={isErrorAnnounced} className={fieldClassName}>
      <input
        id={id}
        className={classNames(controlClasses, className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </FieldFrame>
  );
}

export function TextAreaField({ label, hint, error, isLabelHidden, isErrorAnnounced, fieldClassName, className, ...textarea }: SharedFieldProps & ComponentProps<"textarea">) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} isLabelHidden={isLabelHidden} isErrorAnnounced={isErrorAnnounced} className={fieldClassName}>
      <textarea
        id={id}
        className={classNames(controlClasses, "min-h-20", className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...textarea}
      />
    </FieldFrame>
  );
}

export function SelectField({ label, hint, error, isLabelHidden, isErrorAnnounced, fieldClassName, className, children, ...select }: SharedFieldProps & ComponentProps<"select">) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} isLabelHidden={isLabelHidden} isErrorAnnounced={isErrorAnnounced} className={fieldClassName}>
      <select
        id={id}
        className={classNames(controlClasses, "pr-8", className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        {children}
      </select>
    </FieldFrame>
  );
}

type RadioOption<Value extends string> = { value: Value; label: string; description?: string };

type RadioGroupProps<Value extends string> = {
  legend: string;
  name: string;
  value: Value;
  options: ReadonlyArray<RadioOption<Value>>;
  onChange: (value: Value) => void;
  error?: string;
};

export function RadioGroup<Value extends string>({ legend, name, value, options, onChange, error }: RadioGroupProps<Value>) {
  const id = useId();
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-stone-900">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label
            key={option.value}
            className="flex cursor-pointer gap-2 rounded-md border border-stone-300 bg-white p-3 text-sm has-[:checked]:border-teal-700 has-[:checked]:bg-teal-50"
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="mt-0.5 accent-teal-800"
            />
            <span>
              <span className="block font-medium text-stone-900">{option.label}</span>
              {option.description ? <span className="block text-stone-700">{option.description}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
