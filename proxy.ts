import { NextResponse, type NextRequest } from "next/server";

// next-auth's session cookie, with the __Secure- prefix it takes over HTTPS.
const sessionCookies = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * Signed-out visitors to course pages get a real HTTP redirect to sign-in that keeps where they
 * were going. Pages still check the session themselves (an expired or forged cookie passes here);
 * this only spares everyone a blank page that redirects once it has streamed in.
 */
export function proxy(request: NextRequest) {
  if (sessionCookies.some((name) => request.cookies.has(name))) return NextResponse.next();
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ["/courses/:path*"] };
