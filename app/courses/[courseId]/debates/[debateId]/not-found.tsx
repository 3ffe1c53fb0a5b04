import { DebateNotFound } from "@/components/debate/debate-not-found";

export default function NotFound() {
  return <DebateNotFound />;
}
