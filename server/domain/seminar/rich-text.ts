import { AppError } from "@/server/domain/app-error";
import { countWords, plainTextOf, type RichTextNode } from "@/server/domain/argument/plain-text";

/** What a post body may contain: TipTap JSON restricted to these nodes, marks and attributes. */
export const postLimits = { maxTextCharacters: 20_000, maxJsonBytes: 100_000, maxDepth: 12 } as const;

export type PostMark = { type: "bold" | "italic" | "code" } | { type: "link"; attrs: { href: string } };

export type PostNode =
  | { type: "doc" | "paragraph" | "bulletList" | "listItem" | "blockquote"; content?: PostNode[] }
  | { type: "heading"; attrs: { level: 2 | 3 }; content?: PostNode[] }
  | { type: "orderedList"; attrs?: { start: number }; content?: PostNode[] }
  | { type: "hardBreak" }
  | { type: "text"; text: string; marks?: PostMark[] };

export type ValidatedPost = { body: PostNode; plainText: string; wordCount: number };

const containers = new Set(["doc", "paragraph", "bulletList", "listItem", "blockquote", "heading", "orderedList"]);
/** Attributes TipTap emits that carry nothing we render; accepted and dropped. */
const ignoredAttributes: Record<string, Set<string>> = {
  link: new Set(["target", "rel", "class"]),
  orderedList: new Set(["type"]),
};
const allowedAttributes: Record<string, Set<string>> = {
  heading: new Set(["level"]),
  orderedList: new Set(["start"]),
  link: new Set(["href"]),
};

// Text is rendered as text, so markup in it is harmless on our pages; it is still refused because
// it only appears when someone is probing, and plain-text exports may land somewhere less careful.
const markupPattern = /<\s*\/?\s*(script|iframe|object|embed|style)\b|<[^>]*\son[a-z]+\s*=|javascript:/i;

const invalid = (message: string) => new AppError("BAD_REQUEST", message, { field: "body" });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkAttributes(type: string, attrs: unknown): Record<string, unknown> {
  if (attrs === undefined || attrs === null) return {};
  if (!isRecord(attrs)) throw invalid(`The attributes of ${type} must be an object`);
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (allowedAttributes[type]?.has(name)) kept[name] = value;
    else if (ignoredAttributes[type]?.has(name)) continue;
    else if (value !== null && value !== undefined) throw invalid(`The attribute "${name}" is not allowed on ${type}`);
  }
  return kept;
}

function safeHref(value: unknown): string {
  if (typeof value !== "string" || value.length > 2_000) throw invalid("A link must have a web address");
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid(`"${value.slice(0, 80)}" is not a web address`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw invalid("Links must start with http:// or https://");
  return url.toString();
}

function checkMark(mark: unknown): PostMark {
  if (!isRecord(mark) || typeof mark.type !== "string") throw invalid("A text mark has no type");
  if (!["bold", "italic", "code", "link"].includes(mark.type)) throw invalid(`The formatting "${mark.type}" is not allowed in posts`);
  const attrs = checkAttributes(mark.type, mark.attrs);
  switch (mark.type) {
    case "bold":
    case "italic":
    case "code":
      return { type: mark.type };
    case "link":
      return { type: "link", attrs: { href: safeHref(attrs.href) } };
    default:
      throw invalid(`The formatting "${mark.type}" is not allowed in posts`);
  }
}

function checkNode(node: unknown, depth: number, isRoot: boolean): PostNode {
  if (depth > postLimits.maxDepth) throw invalid("The post is nested too deeply");
  if (!isRecord(node) || typeof node.type !== "string") throw invalid("The post is not a valid document");
  const { type } = node;
  if (isRoot !== (type === "doc")) throw invalid(isRoot ? "The post must be a document" : "A document cannot contain another document");
  if (type !== "text" && type !== "hardBreak" && !containers.has(type)) throw invalid(`"${type}" is not allowed in posts`);
  const attrs = checkAttributes(type, node.attrs);
  if (type === "text") {
    if (typeof node.text !== "string") throw invalid("A text node has no text");
    if (markupPattern.test(node.text)) throw invalid("Posts cannot contain HTML tags such as <script> or event handlers");
    if (node.marks !== undefined && !Array.isArray(node.marks)) throw invalid("Text marks must be a list");
    const marks = (node.marks ?? []).map(checkMark);
    return marks.length ? { type, text: node.text, marks } : { type, text: node.text };
  }
  if (type === "hardBreak") return { type };
  if (node.content !== undefined && !Array.isArray(node.content)) throw invalid(`The content of ${type} must be a list`);
  const content = node.content?.map((child) => checkNode(child, depth + 1, false));
  const withContent = content?.length ? { content } : {};
  if (type === "heading") {
    if (attrs.level !== 2 && attrs.level !== 3) throw invalid("Headings must be level 2 or 3");
    return { type, attrs: { level: attrs.level }, ...withContent };
  }
  if (type === "orderedList") {
    const start = attrs.start ?? 1;
    if (typeof start !== "number" || !Number.isInteger(start) || start < 0 || start > 10_000) throw invalid("A numbered list must start at a whole number");
    return { type, attrs: { start }, ...withContent };
  }
  return { type: type as "doc", ...withContent };
}

/**
 * Checks a post body against the allow-list and returns a clean copy (unknown-but-harmless
 * attributes dropped) with its plain text and word count. Anything else is a BAD_REQUEST that
 * says what was wrong, so nothing partial is ever stored.
 */
export function validatePostBody(json: unknown): ValidatedPost {
  let size: number;
  try {
    size = new TextEncoder().encode(JSON.stringify(json) ?? "").length;
  } catch {
    throw invalid("The post is not a valid document");
  }
  if (size > postLimits.maxJsonBytes) throw invalid(`The post is too large (at most ${postLimits.maxJsonBytes / 1_000} KB)`);
  const body = checkNode(json, 0, true);
  const plainText = plainTextOf(body as RichTextNode);
  if (plainText.trim() === "") throw invalid("Write something before posting");
  if (plainText.length > postLimits.maxTextCharacters) {
    throw invalid(`The post is too long: ${plainText.length} characters, at most ${postLimits.maxTextCharacters}`);
  }
  return { body, plainText, wordCount: countWords(plainText) };
}

/** A one-paragraph document, for tests, seeds and plain-text callers. */
export function paragraphDoc(...paragraphs: string[]): PostNode {
  return { type: "doc", content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) };
}
