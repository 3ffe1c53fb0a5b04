import { useId, type ComponentProps, type ReactNode } from "react";
import { classNames } from "@/components/ui/class-names";

type CheckboxFieldProps = Omit<ComponentProps<"input">, "type"> & { label: ReactNode; description?: ReactNode; className?: string };

/** A checkbox with its label beside it and an optional description read with it. */
export function CheckboxField({ label, description, className, ...input }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className={classNames("flex gap-2.5", className)}>
      <input id={id} type="checkbox" className="mt-0.5 size-4 shrink-0 accent-teal-800" aria-describedby={description ? `${id}-description` : undefined} {...input} />
      <div className="text-sm">
        <label htmlFor={id} className="font-medium text-stone-900">
          {label}
        </label>
        {description ? (
          <p id={`${id}-description`} className="text-stone-700">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}
