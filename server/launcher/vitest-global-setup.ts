import type { TestProject } from "vitest/node";
import { createTestDatabase } from "./test-database";

declare module "vitest" {
  // Module augmentation needs an interface: this is how vitest types `inject`.
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One fresh, migrated database per `vitest run`, handed to the tests by vitest-env.ts. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const database = await createTestDatabase("stoa_test");
  project.provide("databaseUrl", database.url);
  return () => database.dispose();
}
