import path from "node:path";
import { describe, expect, it } from "vitest";
import { DatabaseUrlError, parseDatabaseUrl, redactDatabaseUrl } from "./url";

describe("parseDatabaseUrl", () => {
  it("defaults to an SQLite file under data/", () => {
    const t = parseDatabaseUrl(undefined, "/srv/app");
    expect(t).toMatchObject({ provider: "sqlite", filePath: path.join("/srv/app", "data", "tyndau.db") });
  });
  it("reads absolute and relative file: URLs", () => {
    expect(parseDatabaseUrl("file:/var/lib/t.db").provider).toBe("sqlite");
    expect(parseDatabaseUrl("file:./x/t.db", "/a")).toMatchObject({ filePath: "/a/x/t.db" });
  });
  it("selects PostgreSQL for postgresql:// and postgres://", () => {
    expect(parseDatabaseUrl("postgresql://u:p@db:5432/tyndau").provider).toBe("postgresql");
    expect(parseDatabaseUrl("postgres://db/tyndau?schema=s1")).toMatchObject({ provider: "postgresql", schema: "s1" });
  });
  it.each([
    ["mysql://db/x", /expected file:<path> for SQLite or postgresql/],
    ["nonsense", /has no scheme/],
    ["file:", /needs a path/],
    ["postgresql://db", /names no database/],
    ["postgresql://[bad/x", /not a valid PostgreSQL URL/],
  ])("explains a bad URL %s in one line", (url, message) => {
    expect(() => parseDatabaseUrl(url)).toThrow(DatabaseUrlError);
    expect(() => parseDatabaseUrl(url)).toThrow(message);
  });
  it("redacts passwords", () => {
    expect(redactDatabaseUrl("postgresql://u:secret@h/db")).toBe("postgresql://u:***@h/db");
  });
});
