import { yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
import { countWords, plainTextOf, type RichTextNode } from "@/server/domain/argument/plain-text";

/** The TipTap editor keeps its content in this fragment of the document. */
export const editorFragmentName = "default";

/** A document's argument as stored in a Submission: rich-text JSON, plain text, word count. */
export function argumentContent(doc: Y.Doc) {
  const content = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(editorFragmentName)) as RichTextNode;
  const plainText = plainTextOf(content);
  return { content, plainText, wordCount: countWords(plainText) };
}
