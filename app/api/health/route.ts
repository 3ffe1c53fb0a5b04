import { db } from "@/server/db";

/** For load balancers and uptime checks: the app answers and its database does too. */
export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
