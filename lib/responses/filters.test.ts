import { describe, expect, it } from "vitest";
import {
  describeFilters,
  filtersToSearchParams,
  isEmptyFilter,
  parseResponseFilters,
  responseFilterSql,
  responseWhere,
  toProviderSql,
} from "./filters";

const parse = (q: string) => parseResponseFilters(new URLSearchParams(q));

describe("response filters", () => {
  it("parses repeated and comma-separated codes, languages and dates", () => {
    const r = parse("region=1,2&region=3&gender=2&age=4&screening=1&locale=kk,ru&from=2026-01-01&to=2026-02-01");
    expect(r).toEqual({
      ok: true,
      filters: { region: [1, 2, 3], gender: [2], ageGroup: [4], screening: [1], locale: ["kk", "ru"], from: "2026-01-01", to: "2026-02-01" },
    });
  });
  it("names each bad parameter", () => {
    const r = parse("region=x&locale=de&from=yesterday&gender=1.5");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.param).sort()).toEqual(["from", "gender", "locale", "region"]);
  });
  it("rejects a reversed date range", () => {
    expect(parse("from=2026-02-01&to=2026-01-01").ok).toBe(false);
  });
  it("round-trips through search params", () => {
    const r = parse("region=1,2&locale=en&to=2026-03-01");
    if (!r.ok) throw new Error("parse failed");
    expect(parse(filtersToSearchParams(r.filters).toString())).toEqual(r);
    expect(describeFilters(r.filters)).toEqual({ region: "1,2", locale: "en", to: "2026-03-01" });
    expect(isEmptyFilter({})).toBe(true);
  });
  it("builds a Prisma where and a parameterised SQL condition", () => {
    const filters = { region: [3], locale: ["kk" as const], from: "2026-01-01", includeExcluded: true };
    expect(responseWhere(filters, null)).toEqual({ region: { in: [3] }, locale: { in: ["kk"] }, submittedOn: { gte: "2026-01-01" } });
    const { sql, params } = responseFilterSql(filters, "r", null);
    expect(sql).toBe(`r."region" IN (?) AND r."locale" IN (?) AND r."submittedOn" >= ?`);
    expect(params).toEqual([3, "kk", "2026-01-01"]);
    expect(responseFilterSql({ includeExcluded: true }, "r", null)).toEqual({ sql: "1=1", params: [] });
  });
  it("leaves out the responses staff excluded unless asked to include them", () => {
    expect(responseFilterSql({}, "r", null)).toEqual({ sql: `NOT EXISTS (SELECT 1 FROM "ResponseReview" x WHERE x."responseId" = r."id" AND x."excluded")`, params: [] });
    expect(responseWhere({}, null)).toEqual({ NOT: { review: { is: { excluded: true } } } });
  });
  it("admits only released days: those before the cutoff", () => {
    expect(responseFilterSql({ region: [1], includeExcluded: true }, "r", "2026-11-28")).toEqual({ sql: `r."region" IN (?) AND r."submittedOn" < ?`, params: [1, "2026-11-28"] });
    expect(responseWhere({ to: "2026-12-31", includeExcluded: true }, "2026-11-28")).toEqual({ submittedOn: { lte: "2026-12-31", lt: "2026-11-28" } });
  });
  it("rewrites placeholders for PostgreSQL outside quotes only", () => {
    expect(toProviderSql(`SELECT '?' , "a?" FROM t WHERE x = ? AND y IN (?, ?)`, "postgresql")).toBe(
      `SELECT '?' , "a?" FROM t WHERE x = $1 AND y IN ($2, $3)`,
    );
    expect(toProviderSql("x = ?", "sqlite")).toBe("x = ?");
  });
});
