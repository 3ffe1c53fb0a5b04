import * as Y from "yjs";

/** The TipTap editor keeps its content in this fragment (the server freezes it from there). */
export const editorFragmentName = "default";
/** Document-level facts the editors agree on, beside the content. */
export const metaMapName = "meta";
/** Who inserted the starting template: a Yjs client id. Set once per document, never cleared. */
export const templateKey = "templateInsertedBy";

export const templateHeadings = ["Claim", "Evidence", "Reasoning", "Rebuttal"] as const;

function hasText(node: Y.XmlElement | Y.XmlText | Y.XmlFragment): boolean {
  if (node instanceof Y.XmlText) return node.toString().replace(/<[^>]*>/g, "").trim() !== "";
  return node.toArray().some((child) => (child instanceof Y.XmlHook ? false : hasText(child as Y.XmlElement | Y.XmlText)));
}

function templateNodes(): Y.XmlElement[] {
  return templateHeadings.flatMap((heading) => {
    const title = new Y.XmlElement("heading");
    title.setAttribute("level", 2 as unknown as string);
    title.insert(0, [new Y.XmlText(heading)]);
    return [title, new Y.XmlElement("paragraph")];
  });
}

/**
 * Puts the Claim / Evidence / Reasoning / Rebuttal headings into a new argument, once per
 * document. Call it after the first sync with the server. A flag in the document's meta map
 * records that the template was inserted, so a team that deletes it does not get it back;
 * a document with text already (written before templates existed) is only flagged.
 *
 * Two people who open an empty document at the same moment both insert before they see each
 * other; `resolveTemplateRace` then removes every copy but the one whose flag won.
 *
 * Returns the inserted elements (empty when nothing was inserted), for `resolveTemplateRace`.
 */
export function insertTemplateOnce(doc: Y.Doc): Y.XmlElement[] {
  const meta = doc.getMap(metaMapName);
  const fragment = doc.getXmlFragment(editorFragmentName);
  if (meta.has(templateKey)) return [];
  let inserted: Y.XmlElement[] = [];
  doc.transact(() => {
    meta.set(templateKey, doc.clientID);
    if (hasText(fragment)) return;
    // An empty paragraph the editor may have written on its first render goes; the template replaces it.
    if (fragment.length > 0) fragment.delete(0, fragment.length);
    inserted = templateNodes();
    fragment.insert(0, inserted);
  }, "template");
  return inserted;
}

/**
 * After a concurrent insertion, every client agrees on one winner of the meta flag (Yjs
 * resolves concurrent map writes the same way everywhere). A loser deletes its own copy.
 * Returns true when it removed something.
 */
export function resolveTemplateRace(doc: Y.Doc, inserted: readonly Y.XmlElement[]): boolean {
  const winner = doc.getMap(metaMapName).get(templateKey);
  if (winner === undefined || winner === doc.clientID) return false;
  const fragment = doc.getXmlFragment(editorFragmentName);
  const mine = inserted.filter((element) => element.parent === fragment && !element._item?.deleted);
  if (mine.length === 0) return false;
  doc.transact(() => {
    // Delete from the end so the indexes of the remaining ones do not shift.
    const indexes = mine.map((element) => fragment.toArray().indexOf(element)).filter((index) => index >= 0);
    for (const index of indexes.sort((left, right) => right - left)) fragment.delete(index, 1);
  }, "template");
  return true;
}

/**
 * Wires the guard to a document: inserts the template once and, if another client won the race,
 * removes this client's copy as soon as the winner's flag arrives. Returns a cleanup function.
 */
export function guardTemplate(doc: Y.Doc): () => void {
  const inserted = insertTemplateOnce(doc);
  if (inserted.length === 0) return () => {};
  const meta = doc.getMap(metaMapName);
  let isObserving = true;
  const stop = () => {
    if (isObserving) meta.unobserve(onChange);
    isObserving = false;
  };
  const onChange = () => {
    if (resolveTemplateRace(doc, inserted)) stop();
  };
  meta.observe(onChange);
  return stop;
}
