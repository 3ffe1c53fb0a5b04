"use client";

import { useEffect, useState } from "react";
import type { WebsocketProvider } from "y-websocket";

export type PresentUser = { userId: string; name: string; color: string };

/** One entry per person, however many tabs they have open; the local user first. */
export function presentUsers(states: Iterable<unknown>, selfId: string): PresentUser[] {
  const byId = new Map<string, PresentUser>();
  for (const state of states) {
    const user = (state as { user?: Partial<PresentUser> } | null)?.user;
    if (!user || typeof user.userId !== "string" || typeof user.name !== "string") continue;
    byId.set(user.userId, { userId: user.userId, name: user.name, color: typeof user.color === "string" ? user.color : "#57534e" });
  }
  return [...byId.values()].sort((left, right) => Number(right.userId === selfId) - Number(left.userId === selfId) || left.name.localeCompare(right.name));
}

/** Who has the document open right now, from the provider's awareness. */
export function PresenceList({ provider, selfId }: { provider: WebsocketProvider; selfId: string }) {
  const [users, setUsers] = useState<PresentUser[]>(() => presentUsers(provider.awareness.getStates().values(), selfId));

  useEffect(() => {
    const onChange = () => setUsers(presentUsers(provider.awareness.getStates().values(), selfId));
    provider.awareness.on("change", onChange);
    return () => provider.awareness.off("change", onChange);
  }, [provider, selfId]);

  return (
    <section aria-labelledby="presence-heading">
      <h2 id="presence-heading" className="text-sm font-semibold text-stone-900">
        Here now
      </h2>
      <ul className="mt-2 space-y-1 text-sm text-stone-800">
        {users.map((user) => (
          <li key={user.userId} className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block size-3 rounded-full" style={{ backgroundColor: user.color }} />
            {user.name}
            {user.userId === selfId ? <span className="text-stone-600"> (you)</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
