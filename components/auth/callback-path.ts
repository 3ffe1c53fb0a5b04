/** Only same-site paths are followed after sign-in, so a crafted link cannot send users elsewhere. */
export function safeCallbackPath(value: string | string[] | undefined, fallback = "/courses"): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return fallback;
  return candidate;
}
