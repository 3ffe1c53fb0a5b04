import { roundStateLabels, roundStateTones } from "@/components/debate/labels";
import type { RoundState } from "@/components/debate/types";
import { Badge } from "@/components/ui/badge";

export function RoundStateBadge({ state }: { state: RoundState }) {
  return <Badge tone={roundStateTones[state]}>{roundStateLabels[state]}</Badge>;
}
