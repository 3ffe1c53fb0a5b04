import type { WebSocket } from "ws";
import { AppError } from "@/server/domain/app-error";
import type { Authorize, Grant } from "./access";
import type { Connection, Log } from "./room";
import type { RoundEvents } from "./round-events";

type Reviewed = { name: string; connections: ReadonlyMap<WebSocket, Connection> };
type Seams = { authorize: Authorize; roundEvents: RoundEvents; log: Log };
type Outcomes = { onGrant(socket: WebSocket, grant: Grant): void; onRevoke(socket: WebSocket): void };

// Besides deadlines and events, a room with rules re-checks now and then: an event lost while
// the LISTEN connection was down, or a student moved to another team, still takes effect.
const SAFETY_REVIEW_MS = 60_000;
// setTimeout fires at once for delays beyond 2^31 - 1 ms; far deadlines are approached in steps.
const MAX_TIMER_MS = 3_600_000;
const RETRY_AFTER_FAILURE_MS = 5_000;

/**
 * Keeps a room's connections' permissions current: every connection is authorized again when
 * its round changes (an event), when the round's next deadline arrives (a timer, so a lock takes
 * effect on the second even with no event), and every minute as a safety net.
 */
export class PermissionReview {
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;
  private unwatch: (() => void) | undefined;
  private running: Promise<void> = Promise.resolve();
  private isStopped = false;

  constructor(
    private readonly room: Reviewed,
    private readonly seams: Seams,
    private readonly outcomes: Outcomes,
  ) {}

  /** Starts following the round a new connection's grant names, and its deadline. */
  follow(grant: Grant): void {
    if (this.isStopped) return;
    if (grant.round && !this.unwatch) {
      this.unwatch = this.seams.roundEvents.watch(grant.round.courseId, grant.round.roundId, () => this.request(Date.now()));
    }
    this.schedule(grant);
  }

  stop(): void {
    this.isStopped = true;
    clearTimeout(this.timer);
    this.unwatch?.();
  }

  /** Reviews run one at a time, in order; `at` is the earliest moment the review may judge. */
  private request(at: number): void {
    this.running = this.running
      .then(() => this.run(at))
      .catch((error: unknown) => this.seams.log(`${this.room.name}: permission review failed: ${String(error)}`));
  }

  private async run(at: number): Promise<void> {
    if (this.isStopped) return;
    // A timer may fire a moment early; judging at the deadline itself keeps "locks at locksAt" exact.
    const now = new Date(Math.max(Date.now(), at));
    await Promise.all(
      [...this.room.connections].map(async ([socket, connection]) => {
        try {
          const grant = await this.seams.authorize(connection.claims, now);
          if (!this.room.connections.has(socket)) return;
          this.outcomes.onGrant(socket, grant);
          this.schedule(grant);
        } catch (error) {
          if (error instanceof AppError && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND")) return this.outcomes.onRevoke(socket);
          this.seams.log(`${this.room.name}: could not re-check ${connection.claims.userName}'s permission: ${String(error)}`);
          this.scheduleAt(Date.now() + RETRY_AFTER_FAILURE_MS);
        }
      }),
    );
  }

  private schedule(grant: Grant): void {
    const deadline = grant.reviewAt?.getTime() ?? Infinity;
    this.scheduleAt(grant.round ? Math.min(deadline, Date.now() + SAFETY_REVIEW_MS) : deadline);
  }

  /** Keeps one timer, for the earliest moment anyone asked for. */
  private scheduleAt(at: number): void {
    if (this.isStopped || at === Infinity || at >= this.timerAt) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    const delay = Math.max(0, at - Date.now());
    // A far deadline is approached in steps; a step judges at its own time, not at the deadline.
    const isStep = delay > MAX_TIMER_MS;
    this.timer = setTimeout(() => {
      this.timerAt = Infinity;
      this.timer = undefined;
      this.request(isStep ? Date.now() : at);
    }, Math.min(delay, MAX_TIMER_MS));
  }
}
