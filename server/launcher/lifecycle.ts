import { createLog } from "./log";
import { describeExit, startProcess, type ExitStatus, type ManagedProcess, type StartOptions } from "./processes";

type Cleanup = { name: string; run: () => Promise<unknown> };

/**
 * Owns everything the launcher starts. Cleanups run in reverse order of registration, so the
 * app stops before the database it uses, and the database before the process exits.
 * A signal stops everything and exits 0; a failed step or a dying service exits 1.
 */
export class Lifecycle {
  private readonly log = createLog("launcher");
  private readonly cleanups: Cleanup[] = [];
  private stopping: Promise<void> | undefined;

  get isStopping(): boolean {
    return this.stopping !== undefined;
  }

  exitOnSignals(): void {
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
      process.on(signal, () => {
        // npm forwards the terminal's Ctrl-C that we also received directly: one stop is enough.
        if (this.isStopping) return;
        this.log(`${signal}: stopping`);
        void this.exit(0);
      });
    }
  }

  /** Registers a cleanup; returns a function that unregisters it. */
  defer(name: string, run: () => Promise<unknown>): () => void {
    const cleanup = { name, run };
    this.cleanups.push(cleanup);
    return () => {
      const index = this.cleanups.indexOf(cleanup);
      if (index >= 0) this.cleanups.splice(index, 1);
    };
  }

  /** Runs a command to completion; throws unless it exits 0. */
  async step(name: string, [command, args]: [string, string[]], options: StartOptions): Promise<void> {
    const child = startProcess(name, command, args, options);
    const forget = this.defer(name, () => child.stop());
    const status = await child.exited;
    forget();
    if (status.code !== 0) throw new Error(`${name} ${describeExit(status)}`);
  }

  /** Keeps a long-running process; if it dies on its own, everything stops. */
  adopt(child: ManagedProcess): ManagedProcess {
    this.defer(child.name, () => child.stop());
    void child.exited.then((status: ExitStatus) => {
      if (this.isStopping) return;
      this.log.error(`${child.name} ${describeExit(status)}; stopping everything`);
      void this.exit(1);
    });
    return child;
  }

  service(name: string, [command, args]: [string, string[]], options: StartOptions): ManagedProcess {
    return this.adopt(startProcess(name, command, args, options));
  }

  /** Reports a failure at start-up and exits 1, unless a signal is already stopping us. */
  async fail(error: unknown): Promise<void> {
    if (this.isStopping) return;
    this.log.error(error instanceof Error ? error.message : String(error));
    await this.exit(1);
  }

  private exit(code: number): Promise<void> {
    this.stopping ??= (async () => {
      for (const cleanup of [...this.cleanups].reverse()) {
        try {
          await cleanup.run();
        } catch (error) {
          this.log.error(`${cleanup.name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      this.log(code === 0 ? "stopped" : "stopped after a failure");
      process.exit(code);
    })();
    return this.stopping;
  }
}
