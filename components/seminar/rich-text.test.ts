import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RichText } from "@/components/seminar/rich-text";
import type { PostBody } from "@/components/seminar/types";

const render = (body: unknown) => renderToStaticMarkup(createElement(RichText, { body: body as PostBody }));

describe("RichText", () => {
  it("renders allowed nodes and marks as elements", () => {
    const html = render({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Claim" }] },
        { type: "paragraph", content: [{ type: "text", text: "bold", marks: [{ type: "bold" }, { type: "link", attrs: { href: "https://example.org/" } }] }] },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "point" }] }] }] },
      ],
    });
    expect(html).toContain("<h4");
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer nofollow" target="_blank"');
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<li><p><span>point</span></p></li>");
  });

  it("never turns stored text or attributes into markup", () => {
    const html = render({
      type: "doc",
      content: [
        { type: "paragraph", attrs: { onclick: "alert(1)" }, content: [{ type: "text", text: "<script>alert(1)</script>", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] },
        { type: "iframe", attrs: { src: "https://evil.example" } },
      ],
    });
    expect(html).toBe("<div class=\"space-y-2 text-stone-900\"><p><span>&lt;script&gt;alert(1)&lt;/script&gt;</span></p></div>");
  });

  it("renders what the argument editor stores (code blocks, rules, struck and underlined text)", () => {
    const html = render({
      type: "doc",
      content: [
        { type: "codeBlock", content: [{ type: "text", text: "<b>as typed</b>" }] },
        { type: "horizontalRule" },
        { type: "paragraph", content: [{ type: "text", text: "gone", marks: [{ type: "strike" }] }, { type: "text", text: "stressed", marks: [{ type: "underline" }] }] },
      ],
    });
    expect(html).toContain("<code><span>&lt;b&gt;as typed&lt;/b&gt;</span></code>");
    expect(html).toContain("<hr");
    expect(html).toContain("<s>gone</s>");
    expect(html).toContain("<u>stressed</u>");
  });

  it("renders nothing for a body that is not a document", () => {
    expect(render(null)).toBe('<div class="space-y-2 text-stone-900"></div>');
    expect(render("<script>alert(1)</script>")).toBe('<div class="space-y-2 text-stone-900"></div>');
  });
});
