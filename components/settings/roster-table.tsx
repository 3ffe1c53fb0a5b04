"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatDay } from "@/components/format/joined-date";
import { pluralize, roleLabels } from "@/components/format/labels";
import { ErrorAlert, StatusMessage } from "@/components/ui/alert";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { controlSkinClasses } from "@/components/ui/form-field";
import { RoleBadge } from "@/components/ui/labelled-badges";
import { formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import type { CourseRole, Member } from "@/components/trpc/types";

type RosterTableProps = { courseId: string; initialMembers: Member[]; canManage: boolean; currentUserId: string };

const roles: CourseRole[] = ["INSTRUCTOR", "TA", "STUDENT"];

export function RosterTable({ courseId, initialMembers, canManage, currentUserId }: RosterTableProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const queryKey = trpc.member.list.queryKey({ courseId });
  const { data: members } = useQuery(trpc.member.list.queryOptions({ courseId }, { initialData: initialMembers }));
  const changeRole = useMutation(trpc.member.changeRole.mutationOptions());
  const remove = useMutation(trpc.member.remove.mutationOptions());
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");

  function refresh() {
    void queryClient.invalidateQueries({ queryKey });
    void queryClient.invalidateQueries({ queryKey: trpc.course.list.queryKey() });
  }

  function onChangeRole(member: Member, role: CourseRole) {
    const previous = queryClient.getQueryData(queryKey);
    queryClient.setQueryData(queryKey, (old) => old?.map((entry) => (entry.userId === member.userId ? { ...entry, role } : entry)));
    setError("");
    setStatus("");
    changeRole.mutate(
      { courseId, userId: member.userId, role },
      {
        onSuccess: () => setStatus(`${member.name} is now ${roleLabels[role].toLowerCase()}.`),
        onError: (caught) => {
          queryClient.setQueryData(queryKey, previous);
          setError(`Could not change ${member.name}'s role: ${formErrorMessage(caught)}`);
        },
        onSettled: refresh,
      },
    );
  }

  function onRemove(member: Member) {
    setError("");
    setStatus("");
    remove.mutate(
      { courseId, userId: member.userId },
      {
        onSuccess: () => {
          if (member.userId === currentUserId) {
            router.push("/courses");
            return;
          }
          queryClient.setQueryData(queryKey, (old) => old?.filter((entry) => entry.userId !== member.userId));
          setStatus(`${member.name} was removed from the course.`);
        },
        onError: (caught) => setError(`Could not remove ${member.name}: ${formErrorMessage(caught)}`),
        onSettled: refresh,
      },
    );
  }

  return (
    <section aria-labelledby="roster-heading" className="rounded-lg border border-stone-200 bg-white p-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="roster-heading" className="font-serif text-xl font-semibold text-stone-950">
          Members <span className="font-sans text-sm font-normal text-stone-700">({pluralize(members.length, "member")})</span>
        </h2>
        <StatusMessage>{status}</StatusMessage>
      </div>
      {error ? <ErrorAlert className="mt-2">{error}</ErrorAlert> : null}
      <div className="mt-3 overflow-x-auto">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">Course members, their roles and when they joined</caption>
          <thead className="border-b border-stone-300 text-stone-700">
            <tr>
              <th scope="col" className="py-2 pr-4 font-semibold">Name</th>
              <th scope="col" className="py-2 pr-4 font-semibold">Email</th>
              <th scope="col" className="py-2 pr-4 font-semibold">Role</th>
              <th scope="col" className="py-2 pr-4 font-semibold">Joined</th>
              {canManage ? (
                <th scope="col" className="py-2 font-semibold">
                  <span className="sr-only">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {members.map((member) => {
              const isSelf = member.userId === currentUserId;
              return (
                <tr key={member.userId}>
                  <th scope="row" className="py-3 pr-4 font-medium text-stone-950">
                    {member.name}
                    {isSelf ? <span className="ml-1 font-normal text-stone-600">(you)</span> : null}
                  </th>
                  <td className="py-3 pr-4 text-stone-800">{member.email}</td>
                  <td className="py-3 pr-4">
                    {canManage ? (
                      <RoleSelect member={member} disabled={changeRole.isPending && changeRole.variables?.userId === member.userId} onChange={(role) => onChangeRole(member, role)} />
                    ) : (
                      <RoleBadge role={member.role} />
                    )}
                  </td>
                  <td className="py-3 pr-4 whitespace-nowrap text-stone-800">{formatDay(member.joinedAt)}</td>
                  {canManage ? (
                    <td className="py-3 text-right">
                      <ConfirmButton
                        label={`Remove: ${member.name}`}
                        title={`Remove ${member.name}?`}
                        description={
                          isSelf
                            ? "You will lose access to this course until someone adds you again."
                            : `${member.name} loses access to the course. They can rejoin with the join code.`
                        }
                        confirmLabel="Remove member"
                        isBusy={remove.isPending && remove.variables?.userId === member.userId}
                        onConfirm={() => onRemove(member)}
                      >
                        Remove
                      </ConfirmButton>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function RoleSelect({ member, disabled, onChange }: { member: Member; disabled: boolean; onChange: (role: CourseRole) => void }) {
  const id = `role-${member.userId}`;
  return (
    <>
      <label htmlFor={id} className="sr-only">
        Role for {member.name}
      </label>
      <select
        id={id}
        value={member.role}
        disabled={disabled}
        onChange={(event) => {
          const role = roles.find((candidate) => candidate === event.target.value);
          if (role) onChange(role);
        }}
        className={`${controlSkinClasses} py-1.5 pr-8`}
      >
        {roles.map((role) => (
          <option key={role} value={role}>
            {roleLabels[role]}
          </option>
        ))}
      </select>
    </>
  );
}
