// The no-JS flow carries the version the respondent began under from page to page (a
// hidden field), so a publish mid-way does not change what the response records
// (docs/decisions/011-questionnaire-versions.md); only a well-formed version is carried.
import { describe, expect, it } from "vitest";
import { questionnaire } from "@/lib/questionnaire/definition";
import { FIELD } from "./flow";
import { navigate } from "./flow-navigate";

function screeningPost(version?: string): FormData {
  const form = new FormData();
  form.set(FIELD.view, "screening");
  form.set(FIELD.answers, "{}");
  form.set(FIELD.intent, "next");
  form.set("S1", "1");
  if (version !== undefined) form.set(FIELD.version, version);
  return form;
}

describe("navigate", () => {
  it("carries the version the respondent began under to the next page", () => {
    const step = navigate(questionnaire, "kk", undefined, screeningPost("hearing-state@2"), () => "id");
    expect(step.kind).toBe("state");
    if (step.kind !== "state") return;
    expect(step.state.view).toEqual({ kind: "step", step: 0 });
    expect(step.state.version).toBe("hearing-state@2");
  });

  it("carries it on the check page too, where the submission reads it", () => {
    const form = new FormData();
    form.set(FIELD.view, "check");
    form.set(FIELD.answers, "{}");
    form.set(FIELD.intent, "submit");
    form.set(FIELD.version, "hearing-state@2");
    const step = navigate(questionnaire, "kk", undefined, form, () => "id");
    expect(step.kind).toBe("check");
    if (step.kind === "check") expect(step.base.version).toBe("hearing-state@2");
  });

  it("drops a value that is not a version, and a missing one stays missing", () => {
    for (const bad of ["", "<b>", "hearing-state@", "Hearing@2", `x@${"9".repeat(12)}`]) {
      const step = navigate(questionnaire, "kk", undefined, screeningPost(bad), () => "id");
      expect(step.kind === "state" && step.state.version).toBe(undefined);
    }
    const none = navigate(questionnaire, "kk", undefined, screeningPost(), () => "id");
    expect(none.kind === "state" && none.state.version).toBe(undefined);
  });
});
