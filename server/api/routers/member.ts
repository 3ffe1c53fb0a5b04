import { z } from "zod";
import { courseRole, id } from "@/server/api/inputs";
import { courseProcedure, createTRPCRouter, staffRoles } from "@/server/api/trpc";
import { changeRole, listMembers, removeMember } from "@/server/services/membership/members";

const memberRef = z.object({ userId: id });

export const memberRouter = createTRPCRouter({
  list: courseProcedure(staffRoles).query(({ ctx, input }) => listMembers(ctx.db, input.courseId)),

  changeRole: courseProcedure(["INSTRUCTOR"])
    .input(memberRef.extend({ role: courseRole }))
    .mutation(({ ctx, input }) => changeRole(ctx.db, input)),

  remove: courseProcedure(["INSTRUCTOR"]).input(memberRef).mutation(({ ctx, input }) => removeMember(ctx.db, input)),
});
