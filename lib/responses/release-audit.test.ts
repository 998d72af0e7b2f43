import { expect, it } from "vitest";
import { describeEachDatabase, useTestDatabase } from "@/tests/support/databases";
import { recordReleaseSetting } from "./release-audit";

await describeEachDatabase("results-release setting in the audit log", ({ create }) => {
  const suite = useTestDatabase(create);

  it("is recorded when it differs from the last recorded value, once per process", async () => {
    const { db } = suite.handle;
    await db.auditLog.create({ data: { action: "results-release", details: JSON.stringify({ delay: "none", timeZone: "Asia/Almaty" }) } });
    expect(await recordReleaseSetting(db, { delay: "day", timeZone: "Asia/Almaty" })).toBe(true);
    expect(await recordReleaseSetting(db, { delay: "day", timeZone: "Asia/Almaty" })).toBe(true);
    const rows = await db.auditLog.findMany({ where: { action: "results-release" }, orderBy: { id: "asc" } });
    expect(rows.map((r) => JSON.parse(r.details))).toEqual([
      { delay: "none", timeZone: "Asia/Almaty" },
      { delay: "day", timeZone: "Asia/Almaty" },
    ]);
  });
});
