import { createInterface } from "node:readline";
import type { Readable } from "node:stream";

export type Log = {
  (message: string): void;
  error(message: string): void;
};

// Wide enough for every name the launcher uses, so the logs line up.
const NAME_WIDTH = 8;
const PALETTE = [36, 35, 33, 32, 34, 31];
const useColor = process.stdout.isTTY === true && !("NO_COLOR" in process.env);
const colors = new Map<string, number>();

function label(name: string): string {
  const padded = `[${name}]`.padEnd(NAME_WIDTH + 2);
  if (!useColor) return padded;
  if (!colors.has(name)) colors.set(name, PALETTE[colors.size % PALETTE.length] ?? 0);
  return `\u001b[${colors.get(name)}m${padded}\u001b[0m`;
}

/** Every line this process prints goes through here, prefixed with who said it. */
export function createLog(name: string): Log {
  const prefix = label(name);
  const write = (stream: NodeJS.WriteStream, message: string) => {
    for (const line of message.replace(/\n$/, "").split("\n")) stream.write(`${prefix} ${line}\n`);
  };
  return Object.assign((message: string) => write(process.stdout, message), {
    error: (message: string) => write(process.stderr, message),
  });
}

/** Re-prints a child's output line by line under its own name. */
export function pipeLines(stream: Readable | null, print: (line: string) => void): void {
  if (stream) createInterface({ input: stream, crlfDelay: Infinity }).on("line", print);
}
