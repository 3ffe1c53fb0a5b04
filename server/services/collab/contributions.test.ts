import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { computeContributions, type LogEntry } from "@/server/services/collab/contributions";

const minute = 60_000;
const start = new Date("2026-11-20T10:00:00Z").getTime();

/** Two people typing in their own Yjs documents, with every update logged as the server would. */
function session() {
  const log: LogEntry[] = [];
  const people = new Map<string, Y.Doc>();
  const person = (userId: string, clientId: number) => {
    const doc = new Y.Doc();
    doc.clientID = clientId;
    people.set(userId, doc);
    return doc;
  };
  /** `userId` changes their document at `at`; everyone else receives the update. */
  const edit = (userId: string, atMinutes: number, change: (doc: Y.Doc) => void) => {
    const doc = people.get(userId)!;
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array) => updates.push(update);
    doc.on("update", collect);
    change(doc);
    doc.off("update", collect);
    for (const update of updates) {
      log.push({ data: update, userId, createdAt: new Date(start + atMinutes * minute) });
      for (const [otherId, other] of people) if (otherId !== userId) Y.applyUpdate(other, update);
    }
  };
  return { log, person, edit };
}

const text = (doc: Y.Doc) => doc.getText("body");

describe("computeContributions", () => {
  it("credits surviving text to whoever typed it, deletions and minutes to whoever sent them", () => {
    const { log, person, edit } = session();
    const alice = person("alice", 1);
    person("bob", 2);
    edit("alice", 0, (doc) => text(doc).insert(0, "Realism explains"));
    edit("alice", 0.5, (doc) => text(doc).insert(16, " it"));
    edit("bob", 3, (doc) => text(doc).insert(text(doc).length, ". Power matters"));
    // Bob cuts "explains " (typed by Alice) and the last letter of his own words.
    edit("bob", 4, (doc) => text(doc).delete(8, 9));
    edit("bob", 4.2, (doc) => text(doc).delete(text(doc).length - 1, 1));
    expect(text(alice).toString()).toBe("Realism it. Power matter");

    expect(computeContributions(log, new Map([[1, "alice"], [2, "bob"]]))).toEqual([
      { userId: "bob", insertedCharacters: 14, deletedCharacters: 10, activeMinutes: 2 },
      { userId: "alice", insertedCharacters: 10, deletedCharacters: 0, activeMinutes: 1 },
    ]);
  });

  it("counts a deletion once when the log holds the same update twice", () => {
    const { log, person, edit } = session();
    person("alice", 1);
    edit("alice", 0, (doc) => text(doc).insert(0, "draft text"));
    edit("alice", 1, (doc) => text(doc).delete(0, 6));
    // A client re-sending after a reconnect: the same deletion arrives again, from someone else.
    log.push({ ...log.at(-1)!, userId: "bob", createdAt: new Date(start + 2 * minute) });

    const rows = computeContributions(log, new Map([[1, "alice"]]));
    expect(rows).toContainEqual({ userId: "alice", insertedCharacters: 4, deletedCharacters: 6, activeMinutes: 2 });
    expect(rows).toContainEqual({ userId: "bob", insertedCharacters: 0, deletedCharacters: 0, activeMinutes: 1 });
  });

  it("counts characters, not UTF-16 units, and not formatting or paragraph nodes", () => {
    const { log, person, edit } = session();
    const alice = person("alice", 1);
    edit("alice", 0, (doc) => {
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText("Peace 🕊️ now")]);
      doc.getXmlFragment("default").insert(0, [paragraph]);
    });
    edit("alice", 1, (doc) => ((doc.getXmlFragment("default").get(0) as Y.XmlElement).get(0) as Y.XmlText).format(0, 5, { bold: true }));
    // Removing the whole paragraph deletes its text with it.
    edit("alice", 2, (doc) => doc.getXmlFragment("default").delete(0, 1));
    expect(alice.getXmlFragment("default").length).toBe(0);

    expect(computeContributions(log, new Map([[1, "alice"]]))).toEqual([
      { userId: "alice", insertedCharacters: 0, deletedCharacters: [..."Peace 🕊️ now"].length, activeMinutes: 3 },
    ]);
  });

  it("keeps text from clients nobody recorded apart, under a null user", () => {
    const { log, person, edit } = session();
    person("alice", 1);
    edit("alice", 0, (doc) => text(doc).insert(0, "anonymous"));
    expect(computeContributions(log, new Map())).toEqual([
      { userId: null, insertedCharacters: 9, deletedCharacters: 0, activeMinutes: 0 },
      { userId: "alice", insertedCharacters: 0, deletedCharacters: 0, activeMinutes: 1 },
    ]);
  });

  it("is empty for an empty log", () => {
    expect(computeContributions([], new Map())).toEqual([]);
  });
});
