"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { EditorContent, useEditor, type JSONContent } from "@tiptap/react";
import { StarterKit } from "@tiptap/starter-kit";
import { useId, useState, type FormEvent } from "react";
import { EditorToolbar } from "@/components/editor/editor-toolbar";
import type { PostBody } from "@/components/seminar/types";
import { formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/form-field";

export type ComposerContext = {
  courseId: string;
  threadId: string;
  theories: { id: string; name: string }[];
  sources: { author: string; title: string; year: string }[];
};

type QuoteChoice = "none" | "thesis" | `source-${number}`;

const proseClasses = [
  "min-h-28 px-3 py-2 text-stone-900 leading-relaxed focus:outline-none",
  "[&_h2]:font-serif [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold",
  "[&_p]:my-1 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6",
  "[&_blockquote]:border-l-4 [&_blockquote]:border-stone-300 [&_blockquote]:pl-3",
].join(" ");

type PostComposerProps = {
  context: ComposerContext;
  /** "Your post", "Your reply to Ann", "Edit your post". */
  label: string;
  submitLabel: string;
  parentId?: string | null;
  /** When editing: the post and its current content. */
  editing?: { postId: string; body: PostBody; theoryId: string | null };
  onDone?: () => void;
  onCancel?: () => void;
};

/**
 * The rich-text editor for posts and replies. It offers only what the server's allow-list
 * accepts (no underline, strike, code blocks or rules), so formatting never bounces.
 */
export function PostComposer({ context, label, submitLabel, parentId = null, editing, onDone, onCancel }: PostComposerProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [theoryId, setTheoryId] = useState(editing?.theoryId ?? "");
  const [quoteChoice, setQuoteChoice] = useState<QuoteChoice>("none");
  const [quoteLabel, setQuoteLabel] = useState("");
  const [quoteText, setQuoteText] = useState("");
  const isTopLevel = !parentId && !editing;

  const editor = useEditor({
    immediatelyRender: false,
    extensions: [StarterKit.configure({ heading: { levels: [2, 3] }, codeBlock: false, horizontalRule: false, strike: false, underline: false, link: false })],
    content: (editing?.body as JSONContent | undefined) ?? "",
    editorProps: { attributes: { class: proseClasses, role: "textbox", "aria-multiline": "true", "aria-label": label } },
  });

  const onSaved = async () => {
    editor?.commands.clearContent();
    setQuoteChoice("none");
    setQuoteLabel("");
    setQuoteText("");
    await queryClient.invalidateQueries({ queryKey: trpc.seminar.thread.pathKey() });
    onDone?.();
  };
  const create = useMutation(trpc.seminar.post.mutationOptions({ onSuccess: onSaved }));
  const edit = useMutation(trpc.seminar.edit.mutationOptions({ onSuccess: onSaved }));
  const mutation = editing ? edit : create;

  const quote = () => {
    if (quoteChoice === "none") return null;
    if (quoteChoice === "thesis") return { kind: "thesis" as const, label: quoteLabel, text: quoteText };
    return { kind: "source" as const, sourceIndex: Number(quoteChoice.slice("source-".length)), text: quoteText };
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!editor) return;
    const body = editor.getJSON();
    const theory = theoryId === "" ? null : theoryId;
    if (editing) edit.mutate({ courseId: context.courseId, postId: editing.postId, body, theoryId: theory });
    else create.mutate({ courseId: context.courseId, threadId: context.threadId, parentId, theoryId: theory, body, quote: quote() });
  };

  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label={label}>
      <div className="overflow-hidden rounded-lg border border-stone-300 bg-white focus-within:ring-2 focus-within:ring-teal-700">
        {editor ? <EditorToolbar editor={editor} isDisabled={mutation.isPending} /> : null}
        {editor ? <EditorContent editor={editor} /> : <div className="min-h-28" aria-hidden="true" />}
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm text-stone-800">
          <span className="block font-medium">Theory lens</span>
          <select className={controlClasses} value={theoryId} onChange={(event) => setTheoryId(event.target.value)}>
            <option value="">None</option>
            {context.theories.map((theory) => (
              <option key={theory.id} value={theory.id}>
                {theory.name}
              </option>
            ))}
          </select>
        </label>
        {isTopLevel ? (
          <label className="max-w-md min-w-0 grow text-sm text-stone-800">
            <span className="block font-medium">Quote</span>
            <select className={controlClasses} value={quoteChoice} onChange={(event) => setQuoteChoice(event.target.value as QuoteChoice)}>
              <option value="none">Nothing</option>
              {context.sources.map((source, index) => (
                <option key={`${source.title}-${index}`} value={`source-${index}`}>
                  Source: {source.author}, {source.title}
                </option>
              ))}
              <option value="thesis">A thesis passage</option>
            </select>
          </label>
        ) : null}
      </div>
      {isTopLevel && quoteChoice === "thesis" ? (
        <label className="block text-sm text-stone-800">
          <span className="block font-medium">Passage label (chapter or section)</span>
          <input id={`${id}-label`} className={controlClasses} value={quoteLabel} maxLength={200} onChange={(event) => setQuoteLabel(event.target.value)} />
        </label>
      ) : null}
      {isTopLevel && quoteChoice !== "none" ? (
        <label className="block text-sm text-stone-800">
          <span className="block font-medium">{quoteChoice === "thesis" ? "Quoted passage" : "Quoted words or page (optional)"}</span>
          <textarea className={controlClasses} rows={3} maxLength={1_000} value={quoteText} onChange={(event) => setQuoteText(event.target.value)} />
        </label>
      ) : null}
      {mutation.error ? <ErrorAlert>{formErrorMessage(mutation.error)}</ErrorAlert> : null}
      <div className="flex gap-2">
        <Button type="submit" isBusy={mutation.isPending}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
