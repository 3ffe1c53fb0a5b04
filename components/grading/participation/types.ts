import type { RouterOutputs } from "@/components/trpc/types";

export type ParticipationQueue = RouterOutputs["grade"]["participationQueue"];
export type ParticipationRow = ParticipationQueue["students"][number];
export type ParticipationView = RouterOutputs["grade"]["getParticipation"];
export type GradedPost = ParticipationView["posts"][number];
