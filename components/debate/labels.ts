import type { BadgeTone } from "@/components/ui/badge";
import type { DebateStatus, RoundState, VoterRule } from "@/components/debate/types";

export const roundStateLabels: Record<RoundState, string> = {
  SCHEDULED: "Scheduled",
  OPEN: "Open for writing",
  VOTING: "Voting",
  CLOSED: "Closed",
};

export const roundStateTones: Record<RoundState, BadgeTone> = {
  SCHEDULED: "stone",
  OPEN: "teal",
  VOTING: "violet",
  CLOSED: "sky",
};

export const debateStatusLabels: Record<DebateStatus, string> = { DRAFT: "Draft: teams not published", PUBLISHED: "Published" };
export const debateStatusTones: Record<DebateStatus, BadgeTone> = { DRAFT: "amber", PUBLISHED: "emerald" };

export const voterRuleLabels: Record<VoterRule, { label: string; description: string }> = {
  ALL_STUDENTS: { label: "Every student", description: "Debaters and the rest of the class vote; nobody votes for their own team." },
  AUDIENCE: { label: "Only the audience", description: "Students who are not on a team vote." },
  DEBATERS: { label: "Only the debaters", description: "Students on a team vote for one of the other teams." },
};

/** What the countdown of a round in this state counts down to: "Opening locks". */
export function deadlineLabel(roundName: string, state: RoundState): string {
  switch (state) {
    case "SCHEDULED":
      return `${roundName} opens`;
    case "OPEN":
      return `${roundName} locks`;
    case "VOTING":
      return `Voting on ${roundName} closes`;
    case "CLOSED":
      return `${roundName} has closed`;
  }
}

/** A long motion shortened for breadcrumbs and the like, at a word boundary: "This house believes that NATO's…". */
export function shortTitle(title: string, maxLength = 60): string {
  if (title.length <= maxLength) return title;
  const cut = title.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, "")}…`;
}
