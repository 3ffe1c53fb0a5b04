/**
 * Beside the development ports (3000, 1234), so e2e runs while `npm run dev` is up. Overridable
 * so that two checkouts (or two people) on one machine can run e2e at once.
 */
export const E2E_PORT = Number(process.env.STOA_E2E_PORT ?? 3100);
export const E2E_COLLAB_PORT = Number(process.env.STOA_E2E_COLLAB_PORT ?? 1334);
