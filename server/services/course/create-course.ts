import type { Db } from "@/server/db";
import { importCourseContent } from "@/server/services/course/import-course-content";
import { newJoinCode } from "@/server/services/course/join-code";
import { thesisCourseContent } from "@/server/services/course/thesis-course";

export type CourseTemplate = "EMPTY" | "THESIS_DEMO";

/**
 * A new course with its creator as instructor, empty or filled from the thesis course. Copied
 * prompts start as drafts: the instructor decides what the class sees.
 */
export async function createCourse(
  db: Db,
  input: { userId: string; title: string; description: string; template: CourseTemplate; now: Date },
) {
  return db.$transaction(async (tx) => {
    const course = await tx.course.create({
      data: {
        title: input.title,
        description: input.description,
        joinCode: newJoinCode(),
        enrollments: { create: { userId: input.userId, role: "INSTRUCTOR" } },
      },
      select: { id: true },
    });
    if (input.template === "THESIS_DEMO") {
      await importCourseContent(tx, course.id, thesisCourseContent(), { promptStatus: "DRAFT", now: input.now });
    }
    return course;
  });
}
