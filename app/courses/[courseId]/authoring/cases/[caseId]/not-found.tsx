import { CaseNotFound } from "@/components/errors/case-not-found";

export default function NotFound() {
  return <CaseNotFound />;
}
