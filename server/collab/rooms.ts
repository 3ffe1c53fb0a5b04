import { Room, type RoomSeams } from "./room";

type Entry = { room: Promise<Room>; holders: number };

/**
 * Keeps one Room per document while anyone holds it. Every successful `acquire` is paired with
 * one `release`; the last release stores and frees the document.
 */
export class RoomRegistry {
  private readonly entries = new Map<string, Entry>();
  // A document that is still being stored is not loaded again until that finishes,
  // or the new copy could miss its last updates.
  private readonly closing = new Map<string, Promise<void>>();

  constructor(private readonly seams: RoomSeams) {}

  async acquire(name: string): Promise<Room> {
    let entry = this.entries.get(name);
    if (!entry) {
      entry = { room: this.load(name), holders: 0 };
      this.entries.set(name, entry);
    }
    entry.holders += 1;
    try {
      return await entry.room;
    } catch (error) {
      entry.holders -= 1;
      if (entry.holders === 0 && this.entries.get(name) === entry) this.entries.delete(name);
      throw error;
    }
  }

  release(name: string): void {
    const entry = this.entries.get(name);
    if (!entry) return;
    entry.holders -= 1;
    if (entry.holders > 0) return;

    this.entries.delete(name);
    const closed: Promise<void> = entry.room
      .then((room) => room.close())
      .catch((error: unknown) => this.seams.log(`${name}: could not close: ${String(error)}`))
      .finally(() => {
        if (this.closing.get(name) === closed) this.closing.delete(name);
      });
    this.closing.set(name, closed);
  }

  /** For shutdown, once no new connections can arrive. */
  async closeAll(): Promise<void> {
    for (const [name, entry] of this.entries) {
      entry.holders = 1;
      this.release(name);
    }
    await Promise.all(this.closing.values());
  }

  private async load(name: string): Promise<Room> {
    await this.closing.get(name);
    return Room.load(name, this.seams);
  }
}
