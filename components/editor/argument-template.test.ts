import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { editorFragmentName, guardTemplate, insertTemplateOnce, metaMapName, templateHeadings, templateKey } from "@/components/editor/argument-template";

const headingsOf = (doc: Y.Doc) =>
  doc
    .getXmlFragment(editorFragmentName)
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === "heading")
    .map((node) => node.toArray().join(""));

/** Two documents that exchange every update, as two editors on one server would. */
function connect(left: Y.Doc, right: Y.Doc) {
  left.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== "remote") Y.applyUpdate(right, update, "remote");
  });
  right.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== "remote") Y.applyUpdate(left, update, "remote");
  });
}

describe("the argument template", () => {
  it("goes into an empty document once, as four headings with a paragraph after each", () => {
    const doc = new Y.Doc();
    expect(insertTemplateOnce(doc)).toHaveLength(8);
    expect(headingsOf(doc)).toEqual([...templateHeadings]);
    expect(insertTemplateOnce(doc)).toHaveLength(0);
    expect(headingsOf(doc)).toEqual([...templateHeadings]);
  });

  it("does not come back after the team deleted it", () => {
    const doc = new Y.Doc();
    insertTemplateOnce(doc);
    const fragment = doc.getXmlFragment(editorFragmentName);
    fragment.delete(0, fragment.length);
    expect(insertTemplateOnce(doc)).toHaveLength(0);
    expect(fragment.length).toBe(0);
  });

  it("leaves a document that already has text alone, and flags it", () => {
    const doc = new Y.Doc();
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("Already written")]);
    doc.getXmlFragment(editorFragmentName).insert(0, [paragraph]);
    expect(insertTemplateOnce(doc)).toHaveLength(0);
    expect(doc.getMap(metaMapName).has(templateKey)).toBe(true);
    expect(doc.getXmlFragment(editorFragmentName).length).toBe(1);
  });

  it("replaces the empty paragraph an editor writes on its first render", () => {
    const doc = new Y.Doc();
    doc.getXmlFragment(editorFragmentName).insert(0, [new Y.XmlElement("paragraph")]);
    insertTemplateOnce(doc);
    expect(doc.getXmlFragment(editorFragmentName).length).toBe(8);
  });

  it("ends with one copy when two people open an empty document at the same moment", () => {
    const first = new Y.Doc();
    const second = new Y.Doc();
    // Both insert before either has seen the other.
    const stopFirst = guardTemplate(first);
    const stopSecond = guardTemplate(second);
    connect(first, second);
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first), "remote");
    Y.applyUpdate(first, Y.encodeStateAsUpdate(second), "remote");
    expect(headingsOf(first)).toEqual([...templateHeadings]);
    expect(headingsOf(second)).toEqual([...templateHeadings]);
    expect(first.getXmlFragment(editorFragmentName).toString()).toBe(second.getXmlFragment(editorFragmentName).toString());
    stopFirst();
    stopSecond();
  });

  it("keeps what either person typed into the surviving copy", () => {
    const first = new Y.Doc();
    const second = new Y.Doc();
    guardTemplate(first);
    guardTemplate(second);
    connect(first, second);
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first), "remote");
    Y.applyUpdate(first, Y.encodeStateAsUpdate(second), "remote");
    const paragraph = first.getXmlFragment(editorFragmentName).get(1) as Y.XmlElement;
    paragraph.insert(0, [new Y.XmlText("NATO acted without a mandate.")]);
    expect(second.getXmlFragment(editorFragmentName).toString()).toContain("NATO acted without a mandate.");
  });
});
