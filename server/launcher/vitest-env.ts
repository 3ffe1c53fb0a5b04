import { inject } from "vitest";

// Runs in each test worker before the test file: server/env.ts then finds the test database.
process.env.DATABASE_URL = inject("databaseUrl");
