import { createDecipheriv, hkdfSync } from "node:crypto";
import { getToken, type JWT } from "next-auth/jwt";
import type { SessionUser } from "@/server/api/trpc";
import { env } from "@/server/env";

/**
 * Who a request's session cookie says is calling. next-auth's `getServerSession` runs its whole
 * route handler for that (request parsing, callbacks, a response with cookies) and derives the
 * decryption key anew every time; here the cookie is found with next-auth's own rules (cookie
 * name, `__Secure-` prefix over HTTPS, chunked cookies) and decrypted with a key derived once.
 */

type CookieSource = { getAll(): { name: string; value: string }[] };

/** next-auth's `exp` leeway (jwt/index.js), in seconds. */
const CLOCK_TOLERANCE = 15;

const keys = new Map<string, Buffer>();

/** The key next-auth derives from NEXTAUTH_SECRET to encrypt its session tokens (jwt/index.js). */
function encryptionKey(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
    keys.set(secret, key);
  }
  return key;
}

/**
 * next-auth's `decode` for the one format it writes: a compact JWE with `dir` key management and
 * A256GCM, carrying an `exp`. Decrypted with node:crypto, because jose's WebCrypto path costs
 * several times more per call than the rest of a ballot's work in the process. Throws on anything
 * else: a changed header, IV, ciphertext or tag fails GCM's authentication.
 */
function decodeSessionToken(token: string, secret: string): JWT {
  const parts = token.split(".");
  if (parts.length !== 5 || parts[1] !== "") throw new Error("not a direct-encryption JWE");
  const [protectedHeader, , iv, ciphertext, tag] = parts as [string, string, string, string, string];
  const header = JSON.parse(Buffer.from(protectedHeader, "base64url").toString("utf8")) as Record<string, unknown>;
  if (header.alg !== "dir" || header.enc !== "A256GCM" || "zip" in header || "crit" in header) throw new Error("unexpected JWE header");
  const ivBytes = Buffer.from(iv, "base64url");
  const tagBytes = Buffer.from(tag, "base64url");
  if (ivBytes.length !== 12 || tagBytes.length !== 16) throw new Error("malformed JWE");
  const decipher = createDecipheriv("aes-256-gcm", encryptionKey(secret), ivBytes, { authTagLength: 16 });
  decipher.setAAD(Buffer.from(protectedHeader, "ascii"));
  decipher.setAuthTag(tagBytes);
  const plaintext = Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]);
  const payload: unknown = JSON.parse(plaintext.toString("utf8"));
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) throw new Error("the JWT payload is not an object");
  const { exp, nbf } = payload as { exp?: unknown; nbf?: unknown };
  const now = Math.floor(Date.now() / 1000);
  if (typeof exp !== "number" || exp <= now - CLOCK_TOLERANCE) throw new Error("the session has expired");
  if (nbf !== undefined && (typeof nbf !== "number" || nbf > now + CLOCK_TOLERANCE)) throw new Error("the session is not valid yet");
  return payload as JWT;
}

/**
 * The session's user as the token states it, with no database read, or null when there is no
 * session or its cookie is forged, tampered with or expired. A token can outlive its account:
 * whoever acts on this must check the account still exists (the tRPC middleware does).
 */
export async function sessionClaims(cookieSource: CookieSource, options: { secret?: string } = {}): Promise<SessionUser | null> {
  const token = await getToken({
    // No headers: next-auth would otherwise also accept the token as an `Authorization: Bearer` header.
    req: { cookies: cookieSource, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: options.secret ?? env().NEXTAUTH_SECRET,
    decode: async ({ token, secret }) => (token ? decodeSessionToken(token, String(secret)) : null),
  });
  if (!token?.sub) return null;
  return { id: token.sub, email: token.email ?? "", name: token.name ?? "" };
}

/**
 * The cookies of a `Cookie` request header, for `sessionClaims`. When a name repeats (the same
 * cookie set for the host and for its domain), the last wins, as in Next's `cookies()`, so that
 * pages and the API agree on who is signed in.
 */
export function requestCookies(headers: Headers): CookieSource {
  const parsed = new Map<string, string>();
  for (const pair of (headers.get("cookie") ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at === -1) continue;
    const name = pair.slice(0, at).trim();
    parsed.set(name, pair.slice(at + 1).trim());
  }
  return { getAll: () => [...parsed].map(([name, value]) => ({ name, value })) };
}
