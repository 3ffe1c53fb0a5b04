/** Beside the development ports (3000, 1234), so e2e runs while `npm run dev` is up. */
export const E2E_PORT = 3100;
export const E2E_COLLAB_PORT = 1334;
