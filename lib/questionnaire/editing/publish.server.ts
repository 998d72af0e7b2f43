import "server-only";
// Publishing the draft as the next text version ("hearing-state@3"), and the check that a
// proposed definition is a text version of the active one at all: the same variables,
// codes, kinds, routing, limits and required-ness, only other strings.
// docs/decisions/012-questionnaire-drafts.md
import type { Db } from "@/lib/db/client";
import { audit } from "@/lib/audit/log";
import { invalidateActiveQuestionnaire } from "../active.server";
import { questionnaireSchema } from "../definition-schema";
import { loadQuestionnaire } from "../definition";
import { LOCALES, type Locale } from "../locale";
import { describeStringProblem, stringLength, stringLimit, stringProblem } from "../strings/rules";
import { structuralChanges } from "../strings/structure-diff";
import { textSites } from "../strings/walk";
import type { Questionnaire } from "../types";
import { versionOf } from "../version";
import { nextVersionKey, readState, statusOf, withTexts } from "./state.server";
import type { ChangedString, DraftProblem, EditActing, PublishResult } from "./types";

export interface TextVersionProblem {
  /** The item variable or part id, or "questionnaire". */
  item: string;
  /** The field within it, e.g. "options.3.code", "showIf.value", "maxLength", "text.kk". */
  field: string;
  message: string;
}

/**
 * Why `proposed` cannot be published as a text version of `active` (empty when it can):
 * every structural change (named by item and field), then the schema's own problems and
 * the string rules (limits, empty, control characters).
 */
export function checkTextVersion(active: Questionnaire, proposed: unknown): TextVersionProblem[] {
  if (proposed === null || typeof proposed !== "object" || Array.isArray(proposed)) {
    return [{ item: "questionnaire", field: "(whole)", message: "The proposed definition is not an object" }];
  }
  const structural = structuralChanges(active, proposed);
  if (structural.length > 0) return structural.map((c) => ({ item: c.item, field: c.field, message: c.message }));
  const problems: TextVersionProblem[] = [];
  let sites;
  try {
    sites = textSites(proposed);
  } catch (error) {
    return [{ item: "questionnaire", field: "(whole)", message: (error as Error).message }];
  }
  for (const site of sites) {
    const limit = stringLimit(site.field);
    for (const locale of LOCALES) {
      const text = site.text[locale];
      const problem = stringProblem(text, limit, true);
      if (problem) {
        problems.push({ item: site.owner, field: `${site.field}.${locale}`, message: `${site.key} (${locale}) ${describeStringProblem(problem, limit, stringLength(text))}` });
      }
    }
  }
  if (problems.length > 0) return problems;
  const parsed = questionnaireSchema.safeParse(proposed);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ item: "questionnaire", field: issue.path.join(".") || "(whole)", message: `${issue.path.join(".") || "(root)"}: ${issue.message}` });
    }
  }
  if ((proposed as { id?: unknown }).id !== active.id) {
    problems.push({ item: "questionnaire", field: "id", message: `The id must stay "${active.id}"` });
  }
  return problems;
}

/** Audit details are capped (lib/audit/log.ts): long texts are split over two entries. */
const AUDIT_TEXT_BUDGET = 1_800;

async function auditChange(db: Db, acting: EditActing, version: string, change: ChangedString): Promise<void> {
  const base = { via: acting.via, version, key: change.key, locale: change.locale };
  if (JSON.stringify({ ...base, before: change.before, after: change.after }).length <= AUDIT_TEXT_BUDGET) {
    await audit(db, { actor: acting.actor, action: "questionnaire-text-published", details: { ...base, before: change.before, after: change.after } });
    return;
  }
  await audit(db, { actor: acting.actor, action: "questionnaire-text-published", details: { ...base, before: change.before } });
  await audit(db, { actor: acting.actor, action: "questionnaire-text-published", details: { ...base, after: change.after } });
}

class PublishConflict extends Error {}

/**
 * Publishes the draft: the active definition with the draft's texts, validated like any
 * stored version, as the next version number. Refused while a string is missing, when the
 * draft changes nothing, and when another publish (on any instance) got there first.
 */
export async function publishDraft(db: Db, acting: EditActing): Promise<PublishResult> {
  const state = await readState(db);
  const { base, sourceLocale, confirmations } = state;
  const problems: DraftProblem[] = [];
  const changed: ChangedString[] = [];
  for (const site of state.sites) {
    const text = state.texts.get(site.key) ?? site.text;
    for (const locale of LOCALES) {
      if (statusOf(site.key, text, locale, sourceLocale, confirmations) === "missing") {
        problems.push({ key: site.key, locale, code: "missing", message: `${site.key} (${locale}) is missing` });
      }
      if (text[locale] !== site.text[locale]) changed.push({ key: site.key, locale, before: site.text[locale], after: text[locale] });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  if (changed.length === 0) return { ok: false, problems: [{ key: "", code: "nothingToPublish", message: `The draft changes no text of ${base.key}` }] };

  const nextKey = nextVersionKey(base);
  const next = withTexts(base.def, state.texts, base.maxVersion + 1);
  const check = checkTextVersion(base.def, next);
  if (check.length > 0) {
    return { ok: false, problems: check.map((p) => ({ key: `${p.item}.${p.field}`, code: "structural" as const, message: p.message })) };
  }
  let definition: Questionnaire;
  try {
    definition = loadQuestionnaire(next);
  } catch (error) {
    return { ok: false, problems: [{ key: "", code: "invalid", message: (error as Error).message }] };
  }
  if (versionOf(definition) !== nextKey) throw new Error(`Expected ${nextKey}, built ${versionOf(definition)}`);

  const readRevision = state.row?.revision ?? null;
  try {
    await db.$transaction(async (tx) => {
      // The base must have a row: answers recorded under it stay accepted (same structure).
      if (!base.stored) {
        await tx.questionnaireVersion.upsert({
          where: { key: base.key },
          create: { key: base.key, id: base.def.id, version: base.def.version, definition: JSON.stringify(base.def) },
          update: {},
        });
      }
      await tx.questionnaireVersion.create({
        data: { key: nextKey, id: definition.id, version: definition.version, definition: JSON.stringify(definition), confirmations: JSON.stringify(confirmations) },
      });
      if (readRevision !== null) {
        const { count } = await tx.questionnaireDraft.deleteMany({ where: { id: base.def.id, revision: readRevision } });
        if (count !== 1) throw new PublishConflict();
      }
    });
  } catch (error) {
    if (error instanceof PublishConflict) {
      return { ok: false, problems: [{ key: "", code: "conflict", message: "The draft was saved again while publishing; review it and publish again" }] };
    }
    if ((error as { code?: unknown }).code === "P2002") {
      return { ok: false, problems: [{ key: "", code: "conflict", message: `${nextKey} was published by someone else a moment ago; review the draft and publish again` }] };
    }
    throw error;
  }
  invalidateActiveQuestionnaire();
  await audit(db, {
    actor: acting.actor,
    action: "questionnaire-published",
    details: { via: acting.via, version: nextKey, previous: base.key, count: changed.length, strings: changed.slice(0, 40).map((c) => `${c.key}:${c.locale}`) },
  });
  for (const change of changed) await auditChange(db, acting, nextKey, change);
  return { ok: true, version: nextKey, previous: base.key, changed };
}

export type { Locale };
