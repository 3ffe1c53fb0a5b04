import { classNames } from "@/components/ui/class-names";

export type ButtonVariant = "primary" | "secondary" | "danger" | "destructive" | "quiet";
export type ButtonSize = "sm" | "md";

const variantClasses: Record<ButtonVariant, { enabled: string; disabled: string }> = {
  primary: { enabled: "bg-teal-800 text-white hover:bg-teal-900", disabled: "bg-stone-300 text-stone-700" },
  secondary: { enabled: "border border-stone-300 bg-white text-stone-800 hover:bg-stone-100", disabled: "border border-stone-200 bg-stone-50 text-stone-500" },
  danger: { enabled: "border border-red-300 bg-white text-red-800 hover:bg-red-50", disabled: "border border-stone-200 bg-stone-50 text-stone-500" },
  destructive: { enabled: "bg-red-800 text-white hover:bg-red-900", disabled: "bg-stone-300 text-stone-700" },
  quiet: { enabled: "text-teal-800 hover:bg-teal-50 hover:text-teal-900", disabled: "text-stone-500" },
};

const sizeClasses: Record<ButtonSize, string> = {
  sm: "px-2.5 py-1.5 text-sm",
  md: "px-4 py-2 text-sm",
};

export function buttonClasses(variant: ButtonVariant = "primary", size: ButtonSize = "md", isDisabled = false): string {
  const colours = variantClasses[variant];
  return classNames(
    "inline-flex items-center justify-center gap-1.5 rounded-md font-medium transition-colors",
    isDisabled ? classNames(colours.disabled, "cursor-not-allowed") : colours.enabled,
    sizeClasses[size],
  );
}
