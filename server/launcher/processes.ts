import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createLog, pipeLines } from "./log";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export type ExitStatus = { code: number | null; signal: NodeJS.Signals | null };

export type ManagedProcess = {
  name: string;
  child: ChildProcess;
  exited: Promise<ExitStatus>;
  /** SIGTERM to the whole process group, SIGKILL if it is still there after the grace period. */
  stop(): Promise<ExitStatus>;
};

export type StartOptions = { env: NodeJS.ProcessEnv; ipc?: boolean };

const STOP_GRACE_MS = 10_000;

/** A binary from node_modules/.bin, as npm scripts would find it. */
export const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

/** A TypeScript entry point run by tsx inside one node process (no tsx wrapper in between). */
export const typescriptEntry = (entry: string): [string, string[]] => [process.execPath, ["--import", "tsx", path.join(ROOT, entry)]];

/**
 * Each child gets its own process group: a terminal's Ctrl-C then reaches only the launcher,
 * which stops the children in order, and stopping a child also stops whatever it spawned.
 */
export function startProcess(name: string, command: string, args: string[], options: StartOptions): ManagedProcess {
  const log = createLog(name);
  const child = spawn(command, args, {
    cwd: ROOT,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe", ...(options.ipc ? (["ipc"] as const) : [])],
  });
  pipeLines(child.stdout, log);
  pipeLines(child.stderr, log.error);

  const exited = new Promise<ExitStatus>((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }));
    child.once("error", (error) => {
      log.error(`could not start ${command}: ${error.message}`);
      resolve({ code: 127, signal: null });
    });
  });

  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  };

  let stopping: Promise<ExitStatus> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      signalGroup("SIGTERM");
      const timer = setTimeout(() => {
        log.error(`still running after ${STOP_GRACE_MS / 1000} s; killing it`);
        signalGroup("SIGKILL");
      }, STOP_GRACE_MS);
      const status = await exited;
      clearTimeout(timer);
      // Grandchildren that ignored SIGTERM must not outlive the group leader.
      signalGroup("SIGKILL");
      return status;
    })();
    return stopping;
  };

  return { name, child, exited, stop };
}

export function describeExit({ code, signal }: ExitStatus): string {
  return signal ? `was killed by ${signal}` : `exited with code ${code}`;
}

/** Runs a command to completion; throws unless it exits 0. */
export async function runToEnd(name: string, [command, args]: [string, string[]], options: StartOptions): Promise<void> {
  const status = await startProcess(name, command, args, options).exited;
  if (status.code !== 0) throw new Error(`${name} ${describeExit(status)}`);
}
