import { Room, type RoomSeams } from "./room";

type Entry = { room: Promise<Room>; holders: number; idleTimer?: NodeJS.Timeout };

/**
 * Keeps one Room per document while anyone holds it, and for `idleGraceMs` after the last one
 * leaves (a page reload should not reload the document). Every successful `acquire` is paired
 * with one `release`. A room that leaves memory is stored, then compacted.
 */
export class RoomRegistry {
  private readonly entries = new Map<string, Entry>();
  // A document that is still being stored is not loaded again until that finishes,
  // or the new copy could miss its last updates.
  private readonly closing = new Map<string, Promise<void>>();

  constructor(
    private readonly seams: RoomSeams,
    private readonly idleGraceMs: number,
  ) {}

  async acquire(name: string): Promise<Room> {
    let entry = this.entries.get(name);
    if (!entry) {
      entry = { room: this.load(name), holders: 0 };
      this.entries.set(name, entry);
    }
    clearTimeout(entry.idleTimer);
    entry.idleTimer = undefined;
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
    entry.idleTimer = setTimeout(() => this.evict(name, entry, { shouldCompact: true }), this.idleGraceMs);
  }

  /** The documents held in memory now. */
  documents(): string[] {
    return [...this.entries.keys()];
  }

  /** For shutdown, once no new connections can arrive. */
  async closeAll(): Promise<void> {
    for (const [name, entry] of this.entries) {
      clearTimeout(entry.idleTimer);
      // Compaction can wait for the next time the document leaves memory; shutdown should not.
      this.evict(name, entry, { shouldCompact: false });
    }
    await Promise.all(this.closing.values());
  }

  private evict(name: string, entry: Entry, options: { shouldCompact: boolean }): void {
    if (this.entries.get(name) !== entry) return;
    this.entries.delete(name);
    const closed: Promise<void> = entry.room
      .then((room) => room.close())
      .then(() => (options.shouldCompact ? this.seams.store.compact?.(name) : undefined))
      .catch((error: unknown) => this.seams.log(`${name}: could not close: ${String(error)}`))
      .finally(() => {
        if (this.closing.get(name) === closed) this.closing.delete(name);
      });
    this.closing.set(name, closed);
  }

  private async load(name: string): Promise<Room> {
    await this.closing.get(name);
    return Room.load(name, this.seams);
  }
}
