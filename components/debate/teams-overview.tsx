import { theoryAccent } from "@/components/course/theory-accent";
import type { DebateDetail } from "@/components/debate/types";
import { pluralize } from "@/components/format/labels";
import { Badge } from "@/components/ui/badge";
import { classNames } from "@/components/ui/class-names";
import { SectionHeading } from "@/components/ui/page-header";

/** The positions in play and, once published, the teams arguing each. */
export function TeamsOverview({ debate }: { debate: DebateDetail }) {
  const isPublished = debate.status === "PUBLISHED";
  return (
    <section aria-labelledby="teams-heading">
      <SectionHeading id="teams-heading">{isPublished ? "Positions and teams" : "Positions"}</SectionHeading>
      <ul className="space-y-4">
        {debate.positions.map((position, index) => {
          const teams = debate.teams.filter((team) => team.theoryId === position.id);
          return (
            <li key={position.id} className={classNames("rounded-lg border border-l-4 border-stone-200 bg-white p-4", theoryAccent(index, "left"))}>
              <h3 className="font-serif text-lg font-semibold text-stone-950">{position.name}</h3>
              {!isPublished ? (
                <p className="mt-1 text-sm text-stone-700">Teams appear once they are published.</p>
              ) : teams.length === 0 ? (
                <p className="mt-1 text-sm text-stone-700">No team argues this position.</p>
              ) : (
                <ul className="mt-2 space-y-3">
                  {teams.map((team) => {
                    const isMine = team.id === debate.myTeamId;
                    return (
                      <li key={team.id} className={classNames("rounded-md p-2", isMine ? "bg-teal-50 ring-1 ring-teal-200" : undefined)}>
                        <p className="flex flex-wrap items-center gap-2 text-sm font-semibold text-stone-900">
                          {team.name !== position.name ? <span>{team.name}</span> : null}
                          <span className="font-normal text-stone-700">{pluralize(team.members.length, "member")}</span>
                          {isMine ? <Badge tone="teal">Your team</Badge> : null}
                        </p>
                        <ul className="mt-1 text-sm text-stone-800">
                          {team.members.map((member) => (
                            <li key={member.id}>{member.name}</li>
                          ))}
                        </ul>
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
