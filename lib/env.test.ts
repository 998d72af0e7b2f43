import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("environment", () => {
  it("has working defaults: SQLite under data/ on port 3000", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("file:./data/tyndau.db");
    expect(env.PORT).toBe(3000);
    expect(env.SUBMISSIONS_PER_MINUTE).toBe(60);
  });
  it("lists every bad variable with what it expects", () => {
    try {
      parseEnv({ PORT: "http", DATABASE_URL: "mysql://x/y", ADMIN_EMAIL: "not-an-email", ADMIN_PASSWORD: "short" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EnvError);
      const problems = (e as EnvError).problems.join("\n");
      expect(problems).toMatch(/^PORT: /m);
      expect(problems).toMatch(/^DATABASE_URL: .*postgresql/m);
      expect(problems).toMatch(/^ADMIN_EMAIL: /m);
      expect(problems).toMatch(/^ADMIN_PASSWORD: at least 12 characters/m);
    }
  });
  it("treats empty variables as unset", () => {
    expect(parseEnv({ PORT: "", DATABASE_URL: "" }).PORT).toBe(3000);
  });
});
