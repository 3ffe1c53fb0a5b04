import { describe, expect, it } from "vitest";
import { teamName } from "@/server/domain/debate/team-name";

describe("teamName", () => {
  it("names a lone team after its theory and lettered teams after that", () => {
    expect(teamName("Realism", 0, 1)).toBe("Realism");
    expect(teamName("Realism", 0, 3)).toBe("Realism A");
    expect(teamName("Realism", 2, 3)).toBe("Realism C");
    expect(teamName("Realism", 26, 30)).toBe("Realism AA");
  });
});
