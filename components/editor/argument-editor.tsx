"use client";

import { Collaboration } from "@tiptap/extension-collaboration";
import { CollaborationCaret } from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor } from "@tiptap/react";
import { StarterKit } from "@tiptap/starter-kit";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { editorFragmentName, guardTemplate } from "@/components/editor/argument-template";
import { caretColourFor, selectionColourFor } from "@/components/editor/caret-colour";
import { CitationMenu } from "@/components/editor/citation-menu";
import type { CitableSource } from "@/components/editor/citation";
import { ConnectionBadge } from "@/components/editor/connection-badge";
import { ContributionsPanel } from "@/components/editor/contributions-panel";
import { DeadlineCountdown } from "@/components/editor/deadline-countdown";
import { EditorToolbar } from "@/components/editor/editor-toolbar";
import { PresenceList } from "@/components/editor/presence-list";
import { useCollabProvider, type CollabSession, type Permission } from "@/components/editor/use-collab-provider";
import { WordCount } from "@/components/editor/word-count";
import { wordCountOf } from "@/components/editor/words";
import { Skeleton } from "@/components/ui/skeleton";

export type ArgumentEditorProps = {
  courseId: string;
  documentName: string;
  collabUrl: string;
  initialPermission: Permission;
  user: { id: string; name: string };
  teamName: string;
  roundName: string;
  wordLimit: number | null;
  /** The round's deadline while it is open; null once it has locked (or for a round not yet open). */
  locksAt: Date | null;
  isLocked: boolean;
  /** Why the document is read-only when it is not because of the lock (e.g. course staff). */
  readOnlyReason: string | null;
  sources: readonly CitableSource[];
  canSeeContributions: boolean;
};

type CaretUser = { name: string; color: string; userId: string };

function renderCaret(user: Record<string, unknown>): HTMLElement {
  const caretUser = user as Partial<CaretUser>;
  const color = typeof caretUser.color === "string" ? caretUser.color : "#57534e";
  const caret = document.createElement("span");
  caret.className = "collaboration-carets__caret";
  caret.setAttribute("aria-hidden", "true");
  caret.style.cssText = `position:relative;margin-left:-1px;margin-right:-1px;border-left:1px solid ${color};border-right:1px solid ${color};word-break:normal;pointer-events:none;`;
  const label = document.createElement("span");
  label.className = "collaboration-carets__label";
  label.style.cssText = `position:absolute;top:-1.45em;left:-1px;font-size:12px;font-style:normal;font-weight:600;line-height:normal;white-space:nowrap;color:#fff;background-color:${color};padding:0.1rem 0.3rem;border-radius:3px 3px 3px 0;user-select:none;`;
  label.textContent = typeof caretUser.name === "string" ? caretUser.name : "Someone";
  caret.append(label);
  return caret;
}

function renderSelection(user: Record<string, unknown>) {
  const userId = typeof user.userId === "string" ? user.userId : "";
  return { nodeName: "span", class: "collaboration-carets__selection", style: `background-color:${selectionColourFor(userId)}`, "data-user": String(user.name ?? "") };
}

const proseClasses = [
  "min-h-96 px-4 py-3 text-stone-900 leading-relaxed focus:outline-none",
  "[&_h2]:mt-5 [&_h2]:mb-1 [&_h2]:font-serif [&_h2]:text-xl [&_h2]:font-semibold [&_h2:first-child]:mt-0",
  "[&_h3]:mt-4 [&_h3]:mb-1 [&_h3]:text-lg [&_h3]:font-semibold",
  "[&_p]:my-2 [&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-2 [&_ol]:list-decimal [&_ol]:pl-6",
  "[&_blockquote]:my-3 [&_blockquote]:border-l-4 [&_blockquote]:border-stone-300 [&_blockquote]:pl-3 [&_blockquote]:italic",
].join(" ");

/** The team's live document for a round, with everything around it. */
export function ArgumentEditor(props: ArgumentEditorProps) {
  const { courseId, documentName, collabUrl, initialPermission } = props;
  const collab = useCollabProvider({ courseId, documentName, url: collabUrl, initialPermission });
  const router = useRouter();
  const [hasPassedLock, setHasPassedLock] = useState(false);
  const onLockPassed = useCallback(() => {
    setHasPassedLock(true);
    // The page re-renders from the server with the round locked.
    router.refresh();
  }, [router]);

  const isLocked = props.isLocked || hasPassedLock;

  // The server turned this connection read-only (an instructor locked the round early): re-read
  // the page so the round shows as locked.
  const isDowngraded = initialPermission === "write" && collab.permission === "read";
  useEffect(() => {
    if (isDowngraded) router.refresh();
  }, [isDowngraded, router]);
  const canWrite = collab.permission === "write" && !isLocked && collab.refusal === null;

  if (collab.refusal) {
    return (
      <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-5 text-stone-900">
        <p className="font-semibold">This argument cannot be opened</p>
        <p className="mt-1 text-sm">{collab.refusal}</p>
      </div>
    );
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_16rem]">
      <div className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <ConnectionBadge state={collab.state} />
          {props.locksAt && !isLocked ? <DeadlineCountdown locksAt={props.locksAt} onPass={onLockPassed} /> : null}
        </div>
        {isLocked ? (
          <div role="status" className="rounded-md border border-stone-300 bg-stone-100 px-4 py-3 text-sm text-stone-900">
            <p className="font-semibold">Locked</p>
            <p>{props.roundName} is locked: this argument can no longer be edited.</p>
          </div>
        ) : !canWrite && collab.isSynced ? (
          <div role="status" className="rounded-md border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-950">
            <p className="font-semibold">Read-only</p>
            <p>{props.readOnlyReason ?? "You can read this argument but not edit it."}</p>
          </div>
        ) : null}
        {collab.session ? (
          <CollaborativeEditor {...props} session={collab.session} canWrite={canWrite} isSynced={collab.isSynced} />
        ) : (
          <EditorPlaceholder />
        )}
      </div>
      <aside aria-label="About this document" className="space-y-6">
        {collab.session ? <PresenceList provider={collab.session.provider} selfId={props.user.id} /> : null}
        {props.canSeeContributions ? <ContributionsPanel courseId={courseId} documentName={documentName} /> : null}
      </aside>
    </div>
  );
}

function EditorPlaceholder() {
  return (
    <div className="rounded-lg border border-stone-300 bg-white p-4" aria-busy="true">
      <p role="status" className="sr-only">
        Loading the editor…
      </p>
      <Skeleton className="h-6 w-1/3" />
      <Skeleton className="mt-4 h-4 w-full" />
      <Skeleton className="mt-2 h-4 w-5/6" />
      <Skeleton className="mt-2 h-4 w-2/3" />
    </div>
  );
}

type CollaborativeEditorProps = ArgumentEditorProps & { session: CollabSession; canWrite: boolean; isSynced: boolean };

function CollaborativeEditor({ session, canWrite, isSynced, user, teamName, roundName, wordLimit, sources }: CollaborativeEditorProps) {
  const [words, setWords] = useState(0);
  const label = `${teamName}'s argument for ${roundName}`;

  const editor = useEditor({
    immediatelyRender: false,
    editable: false,
    extensions: [
      // Yjs keeps the history; TipTap's own undo would fight it.
      StarterKit.configure({ undoRedo: false, link: false }),
      Collaboration.configure({ document: session.doc, field: editorFragmentName }),
      CollaborationCaret.configure({
        provider: session.provider,
        user: { name: user.name, color: caretColourFor(user.id), userId: user.id },
        render: renderCaret,
        selectionRender: renderSelection,
      }),
    ],
    editorProps: {
      attributes: { class: proseClasses, role: "textbox", "aria-multiline": "true", "aria-label": label },
    },
    onCreate: ({ editor: created }) => setWords(wordCountOf(created.getJSON())),
    onUpdate: ({ editor: updated }) => setWords(wordCountOf(updated.getJSON())),
  });

  // Writable only once the server's copy has arrived, so nobody types into a stale empty page.
  const isEditable = canWrite && isSynced;
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.setEditable(isEditable);
    editor.view.dom.setAttribute("aria-readonly", String(!isEditable));
  }, [editor, isEditable]);

  // The starting template, once per document, by the first writer to arrive.
  useEffect(() => {
    if (!canWrite || !isSynced) return;
    return guardTemplate(session.doc);
  }, [canWrite, isSynced, session.doc]);

  if (!editor) return <EditorPlaceholder />;

  return (
    <>
      <section aria-label={label} className="overflow-hidden rounded-lg border border-stone-300 bg-white focus-within:ring-2 focus-within:ring-teal-700">
        {/* Readers get the text alone; writers get the tools, disabled until the first sync. */}
        {canWrite ? (
          <EditorToolbar editor={editor} isDisabled={!isEditable}>
            <CitationMenu editor={editor} sources={sources} isDisabled={!isEditable} />
          </EditorToolbar>
        ) : null}
        <EditorContent editor={editor} />
      </section>
      <WordCount words={words} limit={wordLimit} />
    </>
  );
}
