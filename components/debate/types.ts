import type { RouterInputs, RouterOutputs } from "@/components/trpc/types";

export type DebateSummary = RouterOutputs["debate"]["list"][number];
export type DebateDetail = RouterOutputs["debate"]["get"];
export type DebateRound = DebateDetail["rounds"][number];
export type DebateTeam = DebateDetail["teams"][number];
export type DebatePosition = DebateDetail["positions"][number];
export type DebatePrimer = NonNullable<DebateDetail["primer"]>;
export type RoundState = DebateRound["state"];
export type VoterRule = DebateDetail["settings"]["voterRule"];
export type DebateStatus = DebateDetail["status"];
export type AssignmentPreview = RouterOutputs["debate"]["previewAssignment"];
export type PreviewStudent = AssignmentPreview["teams"][number]["students"][number];
export type BallotStatus = RouterOutputs["vote"]["status"];
export type RoundResult = RouterOutputs["vote"]["results"][number];
export type RoundAction = RouterInputs["round"]["act"]["action"];
export type DebateSetupInput = RouterInputs["debate"]["create"];
