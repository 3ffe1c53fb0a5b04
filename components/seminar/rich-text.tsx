import type { ReactNode } from "react";

type Mark = { type: string; attrs?: { href?: string } };
type Node = { type: string; text?: string; marks?: Mark[]; attrs?: { level?: number; start?: number }; content?: Node[] };

/** Only http(s) links are ever rendered, whatever reached the database. */
function safeHref(href: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

function withMarks(text: string, marks: Mark[] | undefined, key: string): ReactNode {
  return (marks ?? []).reduce<ReactNode>((inner, mark, index) => {
    const markKey = `${key}-${index}`;
    switch (mark.type) {
      case "bold":
        return <strong key={markKey}>{inner}</strong>;
      case "italic":
        return <em key={markKey}>{inner}</em>;
      case "strike":
        return <s key={markKey}>{inner}</s>;
      case "underline":
        return <u key={markKey}>{inner}</u>;
      case "code":
        return (
          <code key={markKey} className="rounded bg-stone-100 px-1 font-mono text-[0.9em]">
            {inner}
          </code>
        );
      case "link": {
        const href = safeHref(mark.attrs?.href);
        return href ? (
          <a key={markKey} href={href} rel="noopener noreferrer nofollow" target="_blank" className="text-teal-900 underline">
            {inner}
          </a>
        ) : (
          inner
        );
      }
      default:
        return inner;
    }
  }, text);
}

function renderNode(node: Node, key: string): ReactNode {
  const children = node.content?.map((child, index) => renderNode(child, `${key}.${index}`));
  switch (node.type) {
    case "doc":
      return children;
    case "paragraph":
      return <p key={key}>{children}</p>;
    case "heading":
      // A post's author line is an h3, so the post's own headings start below it.
      return node.attrs?.level === 3 ? (
        <h5 key={key} className="font-semibold">
          {children}
        </h5>
      ) : (
        <h4 key={key} className="font-serif text-lg font-semibold">
          {children}
        </h4>
      );
    case "bulletList":
      return (
        <ul key={key} className="list-disc pl-6">
          {children}
        </ul>
      );
    case "orderedList":
      return (
        <ol key={key} start={node.attrs?.start} className="list-decimal pl-6">
          {children}
        </ol>
      );
    case "listItem":
      return <li key={key}>{children}</li>;
    case "blockquote":
      return (
        <blockquote key={key} className="border-l-4 border-stone-300 pl-3 text-stone-700">
          {children}
        </blockquote>
      );
    case "codeBlock":
      return (
        <pre key={key} className="overflow-x-auto rounded bg-stone-100 p-3 font-mono text-sm">
          <code>{children}</code>
        </pre>
      );
    case "horizontalRule":
      return <hr key={key} className="border-stone-300" />;
    case "hardBreak":
      return <br key={key} />;
    case "text":
      return <span key={key}>{withMarks(node.text ?? "", node.marks, key)}</span>;
    default:
      // The server only stores allow-listed nodes; anything else is skipped rather than guessed at.
      return null;
  }
}

const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";

/**
 * Stored TipTap JSON (a seminar post's body, a debate submission's argument) as React elements:
 * text is always text, never HTML.
 */
export function RichText({ body }: { body: unknown }) {
  return <div className="space-y-2 text-stone-900">{isNode(body) ? renderNode(body, "n") : null}</div>;
}
