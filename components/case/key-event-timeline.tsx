import { formatEventDate, machineDate } from "@/components/format/event-date";
import type { KeyEvent } from "@/components/trpc/types";

export function KeyEventTimeline({ events }: { events: KeyEvent[] }) {
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="font-serif text-xl font-semibold text-stone-950">
        Key events
      </h2>
      {events.length === 0 ? (
        <p className="mt-3 text-sm text-stone-700">No key events recorded for this case.</p>
      ) : (
        <ol className="relative mt-4 ml-2 border-l-2 border-teal-200">
          {events.map((item, index) => (
            <li key={`${item.date}-${index}`} className="relative pb-6 pl-6 last:pb-0">
              <span aria-hidden="true" className="absolute top-1.5 -left-[7px] size-3 rounded-full border-2 border-white bg-teal-700 ring-2 ring-teal-200" />
              <time dateTime={machineDate(item.date)} className="block text-sm font-semibold text-teal-900 tabular-nums">
                {formatEventDate(item.date)}
              </time>
              <p className="mt-0.5 text-stone-800">{item.event}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
