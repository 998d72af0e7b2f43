// The draft service on real databases: statuses, all-or-nothing changes, publishing the
// next text version with its confirmations, and a publish race refused.
import { beforeEach, expect, it } from "vitest";
import { describeEachDatabase, useTestDatabase } from "@/tests/support/databases";
import { seedQuestionnaire } from "../definition";
import { versionOf } from "../version";
import { applyDraftChanges, confirmTranslation, discardDraft, loadDraft, setSourceLocale } from "./draft.server";
import { publishDraft } from "./publish.server";
import type { Draft, EditActing } from "./types";

const ADMIN: EditActing = { actor: { id: "a1", email: "admin@example.org" }, via: "ui" };
const SEED = versionOf(seedQuestionnaire);
const NEXT = `${seedQuestionnaire.id}@${seedQuestionnaire.version + 1}`;
const KK_LABEL = "Q9.options.1.label";
const RU_HELP = "S1.help";

function find(draft: Draft, key: string) {
  const s = draft.strings.find((x) => x.key === key);
  if (!s) throw new Error(`no ${key}`);
  return s;
}

await describeEachDatabase("questionnaire draft service", ({ create }) => {
  const suite = useTestDatabase(create);
  const db = () => suite.handle.db;

  beforeEach(async () => {
    await db().questionnaireDraft.deleteMany({});
    await db().questionnaireVersion.deleteMany({});
    await db().setting.deleteMany({});
  });

  it("starts from the active version: Russian is the source, the seed's translations are confirmed", async () => {
    const draft = await loadDraft(db());
    expect(draft).toMatchObject({ baseVersion: SEED, nextVersion: NEXT, sourceLocale: "ru", stored: false });
    expect(draft.strings.length).toBeGreaterThan(250);
    expect(draft.strings.every((s) => s.status.ru === "source" && s.status.kk === "confirmed" && s.status.en === "confirmed" && !s.changed)).toBe(true);
    expect(find(draft, KK_LABEL)).toMatchObject({ where: "Q9 · option 1 · label", limit: 200 });
    expect(draft.warnings).toEqual([]);
  });

  it("applies changes all or nothing, and marks translations of a changed source outdated", async () => {
    const bad = await applyDraftChanges(
      db(),
      [
        { key: KK_LABEL, locale: "kk", text: "Адамдарға бағдарланған басшыны" },
        { key: "Q9.options.77.label", locale: "kk", text: "x" },
        { key: "Q9.text", locale: "en", text: "y".repeat(601) },
        { key: "Q9.text", locale: "ru", text: "  " },
        { key: "Q9.options.2.label", locale: "en", text: "A\u0007B" },
      ],
      ADMIN,
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((p) => [p.key, p.locale, p.code])).toEqual([
      ["Q9.options.77.label", undefined, "unknownKey"],
      ["Q9.text", "en", "tooLong"],
      ["Q9.text", "ru", "empty"],
      ["Q9.options.2.label", "en", "controlCharacters"],
    ]);
    expect((await loadDraft(db())).stored).toBe(false);

    const good = await applyDraftChanges(
      db(),
      [
        { key: KK_LABEL, locale: "kk", text: " Адамдарға бағдарланған басшыны " },
        { key: RU_HELP, locale: "ru", text: "Выберите один вариант ответа." },
      ],
      ADMIN,
    );
    expect(good).toMatchObject({ ok: true, changed: [{ key: KK_LABEL, locale: "kk", after: "Адамдарға бағдарланған басшыны" }, { key: RU_HELP, locale: "ru" }] });
    const draft = await loadDraft(db());
    expect(draft).toMatchObject({ stored: true, revision: 1, updatedBy: "admin@example.org" });
    expect(find(draft, KK_LABEL)).toMatchObject({ changed: true, status: { kk: "confirmed", ru: "source", en: "confirmed" } });
    expect(find(draft, RU_HELP)).toMatchObject({ changed: true, status: { kk: "outdated", ru: "source", en: "outdated" } });
    expect(find(draft, "Q9.text").changed).toBe(false);
    expect(await db().auditLog.count({ where: { action: "questionnaire-draft-saved" } })).toBe(1);
  });

  it("refuses to publish while a string is missing, then publishes the next version carrying the statuses", async () => {
    await applyDraftChanges(db(), [{ key: KK_LABEL, locale: "kk", text: "" }, { key: RU_HELP, locale: "ru", text: "Выберите один вариант ответа." }], ADMIN);
    expect(find(await loadDraft(db()), KK_LABEL).status.kk).toBe("missing");
    const refused = await publishDraft(db(), ADMIN);
    expect(refused).toEqual({ ok: false, problems: [{ key: KK_LABEL, locale: "kk", code: "missing", message: `${KK_LABEL} (kk) is missing` }] });

    await applyDraftChanges(db(), [{ key: KK_LABEL, locale: "kk", text: "Адамдарға бағдарланған басшыны" }], ADMIN);
    const published = await publishDraft(db(), ADMIN);
    expect(published).toMatchObject({ ok: true, version: NEXT, previous: SEED });
    if (!published.ok) return;
    expect(published.changed.map((c) => `${c.key}:${c.locale}`)).toEqual([`${RU_HELP}:ru`, `${KK_LABEL}:kk`]);

    const rows = await db().questionnaireVersion.findMany({ orderBy: { version: "asc" } });
    expect(rows.map((r) => r.key)).toEqual([SEED, NEXT]);
    expect(JSON.parse(rows[1]!.definition).parts[1].items.find((i: { variable: string }) => i.variable === "Q9").options[0].label.kk).toBe("Адамдарға бағдарланған басшыны");
    expect(await db().questionnaireDraft.count()).toBe(0);

    const after = await loadDraft(db());
    expect(after).toMatchObject({ baseVersion: NEXT, stored: false });
    expect(find(after, KK_LABEL)).toMatchObject({ changed: false, text: { kk: "Адамдарға бағдарланған басшыны" }, status: { kk: "confirmed" } });
    expect(find(after, RU_HELP).status).toEqual({ kk: "outdated", ru: "source", en: "outdated" });

    const audits = await db().auditLog.findMany({ where: { action: { in: ["questionnaire-published", "questionnaire-text-published"] } }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["questionnaire-published", "questionnaire-text-published", "questionnaire-text-published"]);
    expect(JSON.parse(audits[0]!.details)).toMatchObject({ version: NEXT, previous: SEED, count: 2 });
    expect(JSON.parse(audits[2]!.details)).toMatchObject({ version: NEXT, key: KK_LABEL, locale: "kk", after: "Адамдарға бағдарланған басшыны" });
    expect(JSON.parse(audits[2]!.details).before).toBe("Адамдарға бағдар ұстайтын тұлғаны");

    // Confirming the outdated translation; then nothing is left to publish as text.
    expect(await confirmTranslation(db(), RU_HELP, "kk", ADMIN)).toEqual({ ok: true, changed: [] });
    expect(find(await loadDraft(db()), RU_HELP).status.kk).toBe("confirmed");
    expect(await publishDraft(db(), ADMIN)).toMatchObject({ ok: false, problems: [{ code: "nothingToPublish" }] });
  });

  it("lets only one of two simultaneous publishes through", async () => {
    await applyDraftChanges(db(), [{ key: KK_LABEL, locale: "kk", text: "Адамдарға бағдарланған басшыны" }], ADMIN);
    const results = await Promise.all([publishDraft(db(), ADMIN), publishDraft(db(), ADMIN)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused).toMatchObject({ ok: false, problems: [{ code: "conflict" }] });
    expect(await db().questionnaireVersion.count({ where: { key: NEXT } })).toBe(1);
  });

  it("keeps both of two simultaneous saves", async () => {
    await Promise.all([
      applyDraftChanges(db(), [{ key: KK_LABEL, locale: "kk", text: "Бірінші" }], ADMIN),
      applyDraftChanges(db(), [{ key: "Q9.options.2.label", locale: "en", text: "Second" }], ADMIN),
    ]);
    const draft = await loadDraft(db());
    expect(find(draft, KK_LABEL).text.kk).toBe("Бірінші");
    expect(find(draft, "Q9.options.2.label").text.en).toBe("Second");
  });

  it("discards the draft", async () => {
    await applyDraftChanges(db(), [{ key: KK_LABEL, locale: "kk", text: "Бірінші" }], ADMIN);
    expect(await discardDraft(db(), ADMIN)).toEqual({ discarded: true });
    const draft = await loadDraft(db());
    expect(draft.stored).toBe(false);
    expect(find(draft, KK_LABEL).changed).toBe(false);
  });

  it("warns when one term gets two translations", async () => {
    const draft = await loadDraft(db());
    const hardToSay = draft.strings.filter((s) => s.key.endsWith(".options.98.label"));
    expect(hardToSay.length).toBeGreaterThan(1);
    const target = hardToSay[1]!;
    await applyDraftChanges(db(), [{ key: target.key, locale: "kk", text: "Білмеймін" }], ADMIN);
    const warned = await loadDraft(db());
    expect(warned.warnings.some((w) => w.keys.includes(target.key))).toBe(true);
  });

  it("changes the source language, keeping up-to-date translations confirmed", async () => {
    await applyDraftChanges(db(), [{ key: RU_HELP, locale: "ru", text: "Выберите один вариант ответа." }], ADMIN);
    expect(await setSourceLocale(db(), "kk", ADMIN)).toEqual({ changed: true });
    const draft = await loadDraft(db());
    expect(draft.sourceLocale).toBe("kk");
    expect(find(draft, KK_LABEL).status).toEqual({ kk: "source", ru: "confirmed", en: "confirmed" });
    // kk was outdated against the old source: as the new source it leaves the others unconfirmed.
    expect(find(draft, RU_HELP).status).toEqual({ kk: "source", ru: "outdated", en: "outdated" });
    // Now an empty Russian text is allowed in the draft (missing), an empty Kazakh one is not.
    expect(await applyDraftChanges(db(), [{ key: KK_LABEL, locale: "ru", text: "" }], ADMIN)).toMatchObject({ ok: true });
    expect(await applyDraftChanges(db(), [{ key: KK_LABEL, locale: "kk", text: "" }], ADMIN)).toMatchObject({ ok: false, problems: [{ code: "empty" }] });
  });
});
