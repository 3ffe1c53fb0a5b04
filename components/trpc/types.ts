import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export type CourseSummary = RouterOutputs["course"]["list"][number];
export type CourseDetail = RouterOutputs["course"]["get"];
export type CourseRole = CourseDetail["role"];
export type Theory = CourseDetail["theories"][number];
export type CaseSummary = CourseDetail["cases"][number];
export type Thesis = NonNullable<CourseDetail["thesis"]>;
export type CaseDetail = RouterOutputs["case"]["get"];
export type KeyEvent = CaseDetail["keyEvents"][number];
export type Source = CaseDetail["sources"][number];
export type ThesisChapter = NonNullable<CaseDetail["thesisChapter"]>;
export type PromptKind = RouterInputs["prompt"]["create"]["kind"];
export type PromptStatus = NonNullable<RouterInputs["prompt"]["create"]["status"]>;
export type AuthoringPrompt = RouterOutputs["prompt"]["list"][number];
export type Member = RouterOutputs["member"]["list"][number];
export type CaseFormInput = Omit<RouterInputs["case"]["create"], "courseId">;
