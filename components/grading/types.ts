import type { RouterInputs, RouterOutputs } from "@/components/trpc/types";

export type RubricSummary = RouterOutputs["rubric"]["list"][number];
export type RubricDetail = RouterOutputs["rubric"]["get"];
export type RubricInput = Omit<RouterInputs["rubric"]["create"], "courseId">;
export type GradingQueue = RouterOutputs["grade"]["queue"];
export type QueueRound = GradingQueue["rounds"][number];
export type QueueSubmission = QueueRound["submissions"][number];
export type GradingView = RouterOutputs["grade"]["get"];
export type GradeMember = GradingView["members"][number];
export type GradeChangeEntry = RouterOutputs["grade"]["history"][number];
export type MyGrade = RouterOutputs["grade"]["mine"][number];
export type GradeStatus = QueueSubmission["status"];
