"use client";

import dynamic from "next/dynamic";
import type { ArgumentEditorProps } from "@/components/editor/argument-editor";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

/**
 * The editor runs in the browser only: it needs a websocket, and rendering it on the server would
 * load a second copy of Yjs beside the one the server's own collab code uses.
 */
const ArgumentEditor = dynamic(() => import("@/components/editor/argument-editor").then((module) => module.ArgumentEditor), {
  ssr: false,
  loading: () => (
    <LoadingRegion label="Loading the editor…">
      <div className="grid gap-6 lg:grid-cols-[1fr_16rem]">
        <Skeleton className="h-96" />
        <Skeleton className="h-40" />
      </div>
    </LoadingRegion>
  ),
});

export function ArgumentEditorLoader(props: ArgumentEditorProps) {
  return <ArgumentEditor {...props} />;
}
