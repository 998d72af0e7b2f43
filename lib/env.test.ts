import { describe, expect, it } from "vitest";
import { env, EnvError, parseEnv, rawEnv } from "./env";

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
  it("validates the variables that used to be read on the side", () => {
    expect(parseEnv({})).toMatchObject({ DASHBOARD_WARMUP: "1", TYNDAU_BENCH: "0" });
    expect(parseEnv({ TYNDAU_EXPORT_ENGINE: "driver", DASHBOARD_WARMUP: "0" })).toMatchObject({ TYNDAU_EXPORT_ENGINE: "driver", DASHBOARD_WARMUP: "0" });
    try {
      parseEnv({ TYNDAU_EXPORT_ENGINE: "odbc", DASHBOARD_WARMUP: "off" });
      expect.unreachable();
    } catch (e) {
      const problems = (e as EnvError).problems.join("\n");
      expect(problems).toMatch(/^TYNDAU_EXPORT_ENGINE: /m);
      expect(problems).toMatch(/^DASHBOARD_WARMUP: /m);
    }
  });
  it("env() follows a variable changed after the first read", () => {
    const saved = process.env.PUBLIC_ORIGIN;
    try {
      delete process.env.PUBLIC_ORIGIN;
      expect(env().PUBLIC_ORIGIN).toBeUndefined();
      process.env.PUBLIC_ORIGIN = "https://survey.example.kz";
      expect(env().PUBLIC_ORIGIN).toBe("https://survey.example.kz");
      expect(rawEnv("PUBLIC_ORIGIN")).toBe("https://survey.example.kz");
    } finally {
      if (saved === undefined) delete process.env.PUBLIC_ORIGIN;
      else process.env.PUBLIC_ORIGIN = saved;
    }
  });
});
