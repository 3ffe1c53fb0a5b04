/** A ProseMirror node as JSON (what TipTap stores and y-tiptap produces). */
export type RichTextNode = {
  type?: string;
  text?: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
};

const blockTypes = new Set(["paragraph", "heading", "blockquote", "listItem", "codeBlock", "horizontalRule"]);

/** The text of a document, blocks separated by blank lines, for search, exports and counting. */
export function plainTextOf(node: RichTextNode): string {
  const blocks: string[] = [];
  let current = "";
  const walk = (child: RichTextNode) => {
    if (typeof child.text === "string") current += child.text;
    if (child.type === "hardBreak") current += "\n";
    for (const grandchild of child.content ?? []) walk(grandchild);
    if (child.type && blockTypes.has(child.type) && current.trim() !== "") {
      blocks.push(current.trim());
      current = "";
    }
  };
  walk(node);
  if (current.trim() !== "") blocks.push(current.trim());
  return blocks.join("\n\n");
}

/** Words as a reader counts them: runs of letters or digits, with inner apostrophes and hyphens. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
