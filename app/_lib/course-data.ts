import "server-only";
import { cache } from "react";
import { loadForPage } from "@/app/_lib/access";
import { serverApi } from "@/server/api/server-caller";

/** course.get once per request, shared by the course layout and its pages. */
export const loadCourse = cache(async (courseId: string) =>
  loadForPage(`/courses/${courseId}`, async () => (await serverApi()).course.get({ courseId })),
);
