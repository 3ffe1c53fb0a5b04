/**
 * The collaborative documents a team writes in: one per team per round. The name carries the
 * ids the collaboration server needs to authorize a connection without asking the client.
 */
export type ArgumentDocument = { debateId: string; roundId: string; teamId: string };

const idPattern = "[A-Za-z0-9_-]{1,64}";
const namePattern = new RegExp(`^argument:(${idPattern}):(${idPattern}):(${idPattern})$`);

export function argumentDocumentName(document: ArgumentDocument): string {
  return `argument:${document.debateId}:${document.roundId}:${document.teamId}`;
}

export function parseArgumentDocumentName(name: string): ArgumentDocument | null {
  const match = namePattern.exec(name);
  if (!match) return null;
  return { debateId: match[1]!, roundId: match[2]!, teamId: match[3]! };
}
