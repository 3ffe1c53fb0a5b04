import { NotFoundPanel } from "@/components/errors/not-found-panel";

export default function NotFound() {
  return (
    <NotFoundPanel
      title="There is nothing at this address"
      message="The link may be mistyped, or the page may have moved."
      backHref="/"
      backLabel="Go to the start page"
    />
  );
}
