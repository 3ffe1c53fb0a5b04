import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { limitRequestBody } from "@/server/api/request-size";
import { createTRPCContext } from "@/server/api/trpc";
import { requestCookies, sessionClaims } from "@/server/auth/session";
import { db } from "@/server/db";

function handler(incoming: Request) {
  const request = limitRequestBody(incoming);
  if (request instanceof Response) return request;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    // The session as its token states it; the access middleware checks the account exists.
    createContext: async () => createTRPCContext({ db: db(), user: await sessionClaims(requestCookies(request.headers)), headers: request.headers }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
