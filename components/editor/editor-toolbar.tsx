"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { classNames } from "@/components/ui/class-names";

type Tool = { label: string; symbol: ReactNode; isActive: (editor: Editor) => boolean; run: (editor: Editor) => void };

/** Drawn rather than written: axe wants visible text to be part of the button's name. */
function NumberedListIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" className="inline-block" fill="currentColor">
      <rect x="1" y="2" width="2" height="3" />
      <rect x="1" y="10" width="2" height="3" />
      <rect x="5" y="3" width="10" height="1.5" />
      <rect x="5" y="11" width="10" height="1.5" />
    </svg>
  );
}

const tools: Tool[] = [
  { label: "Bold", symbol: <b>B</b>, isActive: (editor) => editor.isActive("bold"), run: (editor) => editor.chain().focus().toggleBold().run() },
  { label: "Italic", symbol: <i>I</i>, isActive: (editor) => editor.isActive("italic"), run: (editor) => editor.chain().focus().toggleItalic().run() },
  { label: "Heading H2", symbol: "H2", isActive: (editor) => editor.isActive("heading", { level: 2 }), run: (editor) => editor.chain().focus().toggleHeading({ level: 2 }).run() },
  { label: "Subheading H3", symbol: "H3", isActive: (editor) => editor.isActive("heading", { level: 3 }), run: (editor) => editor.chain().focus().toggleHeading({ level: 3 }).run() },
  { label: "Bulleted list", symbol: "•", isActive: (editor) => editor.isActive("bulletList"), run: (editor) => editor.chain().focus().toggleBulletList().run() },
  { label: "Numbered list", symbol: <NumberedListIcon />, isActive: (editor) => editor.isActive("orderedList"), run: (editor) => editor.chain().focus().toggleOrderedList().run() },
  { label: "Quotation", symbol: "“”", isActive: (editor) => editor.isActive("blockquote"), run: (editor) => editor.chain().focus().toggleBlockquote().run() },
];

/**
 * Formatting buttons as a WAI-ARIA toolbar: one tab stop, arrow keys move between buttons,
 * each button says whether its format is on where the cursor is.
 */
export function EditorToolbar({ editor, isDisabled, children }: { editor: Editor; isDisabled: boolean; children?: ReactNode }) {
  const active = useEditorState({ editor, selector: ({ editor: current }) => tools.map((tool) => tool.isActive(current)) });
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, (index: number) => number> = {
      ArrowRight: (index) => (index + 1) % tools.length,
      ArrowLeft: (index) => (index - 1 + tools.length) % tools.length,
      Home: () => 0,
      End: () => tools.length - 1,
    };
    const move = keys[event.key];
    const index = buttons.current.findIndex((button) => button === document.activeElement);
    if (!move || index < 0) return;
    event.preventDefault();
    const next = buttons.current[move(index)];
    if (!next) return;
    for (const button of buttons.current) if (button) button.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  };

  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-stone-200 bg-stone-50 px-2 py-1.5">
      <div role="toolbar" aria-label="Formatting" aria-disabled={isDisabled || undefined} className="flex flex-wrap gap-1" onKeyDown={onKeyDown}>
        {tools.map((tool, index) => (
          <button
            key={tool.label}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            tabIndex={index === 0 ? 0 : -1}
            aria-label={tool.label}
            title={tool.label}
            aria-pressed={active?.[index] ?? false}
            disabled={isDisabled}
            onClick={() => tool.run(editor)}
            className={classNames(
              "min-w-8 rounded px-2 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-700",
              active?.[index] ? "bg-teal-800 text-white" : "text-stone-800 hover:bg-stone-200",
              isDisabled && "cursor-not-allowed opacity-60",
            )}
          >
            <span aria-hidden="true">{tool.symbol}</span>
          </button>
        ))}
      </div>
      {children}
    </div>
  );
}
