import { LocalTime } from "@/components/debate/local-time";
import type { ThreadDetail } from "@/components/seminar/types";

type ThreadScheduleProps = Pick<ThreadDetail, "state" | "opensAt" | "closesAt">;

/** When a thread that is not yet open opens, and when an open one closes, in the reader's time zone. */
export function ThreadSchedule({ state, opensAt, closesAt }: ThreadScheduleProps) {
  if (state === "SCHEDULED" && opensAt) {
    return (
      <p className="text-sm text-stone-800">
        Opens <LocalTime date={new Date(opensAt)} />
      </p>
    );
  }
  if (state === "OPEN" && closesAt) {
    return (
      <p className="text-sm text-stone-800">
        Closes <LocalTime date={new Date(closesAt)} />; after that you can read but not post.
      </p>
    );
  }
  return null;
}
