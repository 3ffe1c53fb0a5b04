import { useId } from "react";

export type ChartBar = { teamId: string; label: string; positionIndex: number; votes: number; isWinner: boolean };
export type ChartGroup = { roundId: string; name: string; bars: ChartBar[] };

/** Theory colours as on the course pages (teal, amber, violet, rose, sky), dark enough against white. */
export const positionColours = ["#0f766e", "#b45309", "#6d28d9", "#be123c", "#0369a1"];
export const positionColour = (index: number) => positionColours[index % positionColours.length]!;

const width = 720;
const labelWidth = 210;
const valueWidth = 80;
const barArea = width - labelWidth - valueWidth;
const groupTitleHeight = 26;
const barHeight = 22;
const barGap = 8;
const groupGap = 18;

/**
 * Votes per team per round as horizontal bars, one group per round. An image to assistive
 * technology, with a title and a description that list every number; the table beside it
 * holds the same figures.
 */
export function ResultsChart({ groups, description }: { groups: ChartGroup[]; description: string }) {
  const titleId = useId();
  const descriptionId = useId();
  const maxVotes = Math.max(1, ...groups.flatMap((group) => group.bars.map((bar) => bar.votes)));
  const groupHeight = (group: ChartGroup) => groupTitleHeight + group.bars.length * (barHeight + barGap) + groupGap;
  const laidOut = groups.map((group, index) => ({ group, top: groups.slice(0, index).reduce((sum, earlier) => sum + groupHeight(earlier), 0) }));
  const height = Math.max(groups.reduce((sum, group) => sum + groupHeight(group), 0) - groupGap, 1);

  return (
    <svg role="img" aria-labelledby={`${titleId} ${descriptionId}`} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-3xl" preserveAspectRatio="xMinYMin meet">
      <title id={titleId}>Votes per team per round</title>
      <desc id={descriptionId}>{description}</desc>
      {laidOut.map(({ group, top }) => (
        <g key={group.roundId} transform={`translate(0 ${top})`}>
          <text x={0} y={17} className="fill-stone-950 text-[15px] font-semibold">
            {group.name}
          </text>
          {group.bars.map((bar, index) => {
            const barTop = groupTitleHeight + index * (barHeight + barGap);
            const barWidth = bar.votes === 0 ? 2 : Math.max(4, (bar.votes / maxVotes) * barArea);
            return (
              <g key={bar.teamId} transform={`translate(0 ${barTop})`}>
                <text x={labelWidth - 10} y={barHeight / 2 + 5} textAnchor="end" className={bar.isWinner ? "fill-stone-950 text-[13px] font-semibold" : "fill-stone-800 text-[13px]"}>
                  {bar.label}
                </text>
                <rect x={labelWidth} y={0} width={barWidth} height={barHeight} rx={3} fill={positionColour(bar.positionIndex)} />
                <text x={labelWidth + barWidth + 8} y={barHeight / 2 + 5} className="fill-stone-900 text-[13px] tabular-nums">
                  {bar.votes}
                  {bar.isWinner ? " ★" : ""}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
