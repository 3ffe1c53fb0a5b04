import { Badge } from "@/components/ui/badge";
import { promptKindLabels, promptKindTones, promptStatusLabels, promptStatusTones, roleLabels, roleTones } from "@/components/format/labels";

export function RoleBadge({ role }: { role: keyof typeof roleLabels }) {
  return <Badge tone={roleTones[role]}>{roleLabels[role]}</Badge>;
}

export function PromptKindBadge({ kind }: { kind: keyof typeof promptKindLabels }) {
  return <Badge tone={promptKindTones[kind]}>{promptKindLabels[kind]}</Badge>;
}

export function PromptStatusBadge({ status }: { status: keyof typeof promptStatusLabels }) {
  return <Badge tone={promptStatusTones[status]}>{promptStatusLabels[status]}</Badge>;
}
