import thesisCourse from "@/prisma/seed/thesis-course.json";
import { courseContentSchema, type CourseContent } from "@/server/domain/course-content";

let cached: CourseContent | undefined;

/** The thesis course that ships with Stoa, validated once per process. */
export function thesisCourseContent(): CourseContent {
  cached ??= courseContentSchema.parse(thesisCourse);
  return cached;
}
