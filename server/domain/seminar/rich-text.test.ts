import { describe, expect, it } from "vitest";
import { AppError } from "@/server/domain/app-error";
import { paragraphDoc, postLimits, validatePostBody } from "@/server/domain/seminar/rich-text";

const messageOf = (json: unknown) => {
  try {
    validatePostBody(json);
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
  throw new Error("expected a rejection");
};

describe("validatePostBody", () => {
  it("keeps allowed structure and counts words", () => {
    const body = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Realism" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Power ", marks: [{ type: "bold" }] },
            { type: "text", text: "matters", marks: [{ type: "link", attrs: { href: "https://example.org/x", target: "_blank", rel: "noopener", class: null } }] },
          ],
        },
        { type: "orderedList", attrs: { start: 1, type: null }, content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "one" }] }] }] },
      ],
    };
    const result = validatePostBody(body);
    expect(result.wordCount).toBe(4);
    expect(result.plainText).toContain("Power matters");
    expect(JSON.stringify(result.body)).not.toContain("_blank");
  });

  it.each([
    [{ type: "doc", content: [] }, "Write something"],
    [paragraphDoc("   "), "Write something"],
    [{ type: "doc", content: [{ type: "script", content: [] }] }, '"script" is not allowed'],
    [{ type: "doc", content: [{ type: "image", attrs: { src: "x" } }] }, '"image" is not allowed'],
    [{ type: "doc", content: [{ type: "paragraph", attrs: { onclick: "alert(1)" }, content: [{ type: "text", text: "x" }] }] }, 'attribute "onclick"'],
    [paragraphDoc("<script>alert(1)</script>"), "HTML tags"],
    [paragraphDoc('<img src=x onerror="alert(1)">'), "HTML tags"],
    [{ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] }, "http:// or https://"],
    [{ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "data:text/html,hi" } }] }] }] }, "http:// or https://"],
    [{ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "highlight" }] }] }] }, '"highlight" is not allowed'],
    [{ type: "doc", content: [{ type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "x" }] }] }, "level 2 or 3"],
    [paragraphDoc("word ".repeat(5_000)), "too long"],
    [paragraphDoc("x".repeat(postLimits.maxJsonBytes + 1)), "too large"],
    ["<p>hello</p>", "not a valid document"],
    [{ type: "paragraph", content: [] }, "must be a document"],
  ])("rejects %#", (json, message) => {
    expect(messageOf(json)).toContain(message);
  });
});
