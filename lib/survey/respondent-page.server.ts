import "server-only";
// The respondent pages, served without the framework runtime (docs/decisions/018-respondent-runtime.md):
// the start page, the screening and part pages, the check page and the thank-you page.
// next.config.ts rewrites their addresses to pages/api/respondent-page.ts, which hands
// the request here. Each page is rendered to static markup on the server by the same
// components as the staff preview's, with only its own enhancement module as script
// (lib/survey/enhance/), configured by a JSON script beside it. The question and check
// pages also answer their own posts (the no-JavaScript path) through respondentStepIn(),
// the one writer of that path: post/redirect/get, or the state rendered in place.
import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ClosedNotice } from "@/components/survey/ClosedNotice";
import { NotFoundView } from "@/components/survey/NotFoundView";
import { CheckAnswers } from "@/components/survey/CheckAnswers";
import { RespondentDocument, type RespondentDocumentProps } from "@/components/survey/RespondentDocument";
import { StartView } from "@/components/survey/StartView";
import { StepFields } from "@/components/survey/StepFields";
import { StepForm } from "@/components/survey/StepForm";
import { ThanksView } from "@/components/survey/ThanksView";
import { refusalText, refuseActionPost } from "@/lib/http/action-request";
import { nodeContext, type RequestContext } from "@/lib/http/request-context.server";
import { format, respondentUi, type RespondentUi } from "@/lib/i18n/respondent";
import { invitationUi } from "@/lib/invitations/messages";
import { startInvitation } from "@/lib/invitations/start-page.server";
import { isLocale, type Locale } from "@/lib/questionnaire/locale";
import type { Questionnaire } from "@/lib/questionnaire/types";
import { versionOf } from "@/lib/questionnaire/version";
import { startedTokenForPage } from "@/lib/quality/started-token.server";
import { pageState } from "./answers-carry.server";
import { type CheckPageConfig, type QuestionPageConfig, type StartPageConfig } from "./enhance/page-config";
import { nextView, previousView, viewHref, type FlowState, type FlowView } from "./flow";
import { unfinishedSteps } from "./flow-server";
import { monolingual, withoutTexts, type LocalisedQuestionnaire } from "./monolingual";
import { OUTBOX_MESSAGES } from "./outbox-messages";
import { clientDefinition, isSurveyOpen, pageDraftScope, pageQuestionnaire } from "./page-data";
import { respondentStepIn } from "./respondent-step.server";
import { CHECK_PATH, partFromSegment, questionSteps, stepPath, THANKS_PATH, type Step } from "./steps";
import { THANKS_COOKIE } from "./thanks";

type Query = Partial<Record<string, string | string[]>>;

const one = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

// ---------------------------------------------------------------------------------------
// The generated files (scripts/build-respondent-module.mjs), named with a hash of their
// bytes so that a browser and the service worker may keep them for good.

const GENERATED = path.join(process.cwd(), "public", "generated");
const hrefs = new Map<string, string>();

function generatedHref(file: string): string {
  let href = hrefs.get(file);
  if (!href) {
    const hash = createHash("sha256").update(readFileSync(path.join(GENERATED, file))).digest("hex").slice(0, 12);
    href = `/generated/${file}?v=${hash}`;
    hrefs.set(file, href);
  }
  return href;
}

// ---------------------------------------------------------------------------------------
// The answer.

function send(res: ServerResponse, status: number, body: string, type: string, extra: Record<string, string> = {}): void {
  res.statusCode = status;
  res.setHeader("Content-Type", type);
  // Rendered per request (a nonce, the answers cookie): never kept by a shared cache.
  res.setHeader("Cache-Control", "private, no-store");
  for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
  res.end(body);
}

function sendDocument(res: ServerResponse, props: Omit<RespondentDocumentProps, "styles">, status = 200): void {
  const html = `<!DOCTYPE html>${renderToStaticMarkup(createElement(RespondentDocument, { ...props, styles: generatedHref("respondent.css") }))}`;
  send(res, status, html, "text/html; charset=utf-8");
}

function notFound(res: ServerResponse, locale: Locale): void {
  sendDocument(res, { locale, title: "404 — Tyndau", description: "404", path: "", bare: true, children: createElement(NotFoundView) }, 404);
}

function redirect(res: ServerResponse, status: 303 | 307, to: string): void {
  send(res, status, "", "text/plain; charset=utf-8", { Location: to });
}

/** The page's enhancement module and its configuration. */
function moduleOf(req: IncomingMessage, file: string, config: QuestionPageConfig | CheckPageConfig | StartPageConfig): RespondentDocumentProps["module"] {
  const nonce = req.headers["x-nonce"];
  // "<" escaped: the JSON sits inside a <script> element, whose text must not close it.
  const json = JSON.stringify(config).replace(/</g, "\\u003c");
  return { src: generatedHref(file), nonce: typeof nonce === "string" ? nonce : "", config: json };
}

async function readForm(req: IncomingMessage): Promise<FormData> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const type = req.headers["content-type"] ?? "application/x-www-form-urlencoded";
  try {
    return await new Response(Buffer.concat(chunks), { headers: { "Content-Type": type } }).formData();
  } catch {
    return new FormData();
  }
}

// ---------------------------------------------------------------------------------------
// What every page shares.

interface Page {
  locale: Locale;
  ui: RespondentUi;
  questionnaire: Questionnaire;
  version: string;
  scope: string;
  /** This language's pages, for the service worker to keep. */
  keep: string[];
}

async function pageOf(locale: Locale): Promise<Page> {
  const questionnaire = await pageQuestionnaire();
  const keep = [`/${locale}`, ...questionSteps(questionnaire).map((step) => `/${locale}${stepPath(step)}`), `/${locale}${CHECK_PATH}`];
  return { locale, ui: respondentUi(locale), questionnaire, version: versionOf(questionnaire), scope: await pageDraftScope(), keep };
}

const titled = (title: string) => `${title} — Tyndau`;

function stepTitle(page: Page, step: Step): string {
  const { ui, questionnaire, locale } = page;
  if (step === "screening") return ui.screeningTitle;
  return `${format(ui.partOf, { n: step + 1, total: questionnaire.parts.length })}: ${questionnaire.parts[step]?.title[locale] ?? ""}`;
}

/** The definition in the page's language with only `step`'s texts: the other parts route and count, unread. */
function definitionFor(def: LocalisedQuestionnaire, step: Step): LocalisedQuestionnaire {
  return {
    ...def,
    screening: step === "screening" ? def.screening : withoutTexts(def.screening),
    parts: def.parts.map((part, index) => (index === step ? part : withoutTexts(part))),
  };
}

// ---------------------------------------------------------------------------------------
// The pages.

async function startPage(req: IncomingMessage, res: ServerResponse, ctx: RequestContext, locale: Locale, query: Query): Promise<void> {
  // A code in the link: checked and kept by /api/invitations/enter, which sends the browser
  // back here without it (out of the address bar and the history).
  const code = one(query.code);
  if (code !== undefined) return redirect(res, 307, `/api/invitations/enter?locale=${locale}&code=${encodeURIComponent(code.slice(0, 64))}`);
  const page = await pageOf(locale);
  const open = await isSurveyOpen();
  const invitation = await startInvitation(ctx, one(query.invite));
  const firstPath = stepPath("screening");
  const title = page.questionnaire.title[locale];
  const config: StartPageConfig = { locale, scope: page.scope, version: page.version, firstPath, keep: page.keep };
  sendDocument(res, {
    locale,
    title: titled(title),
    description: title,
    path: "",
    module: open ? moduleOf(req, "start-page.js", config) : undefined,
    children: createElement(StartView, { locale, title, ui: page.ui, invitationUi: invitationUi(locale), invitation, open, firstPath }),
  });
}

function thanksPage(res: ServerResponse, ctx: RequestContext, locale: Locale): void {
  const ui = respondentUi(locale);
  // Thanks only right after a submission (a short-lived, content-free cookie set by it).
  const sent = ctx.cookie(THANKS_COOKIE) === "1";
  sendDocument(res, {
    locale,
    title: titled(sent ? ui.thanksHeading : ui.thanksMissingHeading),
    description: ui.thanksHeading,
    path: THANKS_PATH,
    children: createElement(ThanksView, { locale, ui, sent }),
  });
}

function stepDocument(req: IncomingMessage, page: Page, path: string, step: Step, state: FlowState): Omit<RespondentDocumentProps, "styles"> {
  const { locale, ui, questionnaire, version, scope } = page;
  const def = clientDefinition(questionnaire, locale);
  const mono = monolingual(def);
  const config: QuestionPageConfig = {
    locale,
    scope,
    version: state.version ?? version,
    step,
    def: definitionFor(def, step),
    ui: { chosenCount: ui.chosenCount, answeredShare: ui.answeredShare, errorSummaryTitle: ui.errorSummaryTitle, errorTitlePrefix: ui.errorTitlePrefix },
    posted: state.attempt > 0,
    carriedBy: state.carriedBy,
    started: state.started,
    returnToCheck: state.returnToCheck,
    nextHref: viewHref(locale, nextView(mono, step, state.returnToCheck)),
    backHref: viewHref(locale, previousView(mono, step, state.returnToCheck)),
    keep: page.keep,
  };
  const title = stepTitle(page, step);
  const fields = createElement(StepFields, { locale, version, def, ui, step, state });
  return {
    locale,
    title: `${state.errors.length > 0 ? ui.errorTitlePrefix : ""}${titled(title)}`,
    description: questionnaire.title[locale],
    path,
    module: moduleOf(req, "question-page.js", config),
    children: createElement(StepForm, { key: String(step), locale, version, scope, def, mono, ui, step, state, formAction: `/${locale}${path}`, fields }),
  };
}

function checkDocument(req: IncomingMessage, page: Page, state: FlowState): Omit<RespondentDocumentProps, "styles"> {
  const { locale, ui, questionnaire, version, scope } = page;
  const def = clientDefinition(questionnaire, locale);
  // The response id of the no-JavaScript send (its idempotency key), made when the page is first shown.
  const shown: FlowState = state.responseId ? state : { ...state, responseId: randomUUID() };
  const config: CheckPageConfig = {
    locale,
    scope,
    version: state.version ?? version,
    def,
    ui: { notAnswered: ui.notAnswered, submitButton: ui.submitButton, retryButton: ui.retryButton, submitting: ui.submitting, outbox: OUTBOX_MESSAGES[locale] },
    posted: state.attempt > 0,
    carriedBy: state.carriedBy,
    keep: page.keep,
  };
  return {
    locale,
    title: titled(ui.checkHeading),
    description: questionnaire.title[locale],
    path: CHECK_PATH,
    module: moduleOf(req, "check-page.js", config),
    children: createElement(CheckAnswers, {
      locale,
      version,
      def,
      ui,
      state: shown,
      unfinished: unfinishedSteps(questionnaire, locale, state.answers),
      action: `/${locale}${CHECK_PATH}`,
    }),
  };
}

/** A question page or the check page: its own address, its posts answered in place or by a redirect. */
async function viewPage(req: IncomingMessage, res: ServerResponse, ctx: RequestContext, locale: Locale, view: FlowView, returnToCheck: boolean): Promise<void> {
  const page = await pageOf(locale);
  const path = view.kind === "step" ? stepPath(view.step) : CHECK_PATH;
  const open = await isSurveyOpen();
  let state: FlowState;
  if (req.method === "POST") {
    // proxy.ts refuses these before they arrive; this route may also be called by its own name.
    // Only a form's body is read, and only within the size proxy.ts allows.
    const type = (ctx.headers.get("content-type") ?? "").toLowerCase();
    if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) {
      return send(res, 415, "Unsupported Media Type\n", "text/plain; charset=utf-8", { Connection: "close" });
    }
    const refusal = refuseActionPost("POST", ctx.headers);
    if (refusal) return send(res, refusal.status, refusalText(refusal), "text/plain; charset=utf-8", { Connection: "close" });
    const outcome = await respondentStepIn(ctx, locale, undefined, await readForm(req));
    if (outcome.kind === "redirect") return redirect(res, 303, outcome.to);
    state = outcome.state;
  } else {
    state = await pageState(ctx, page.questionnaire, locale, view, returnToCheck);
    // The first question page starts the completion clock: a sealed token, kept by nobody
    // but the respondent's page (docs/decisions/016-quality-and-exclusions.md). A token the
    // cookie carries (no JavaScript, after post/redirect/get) is kept.
    if (open && view.kind === "step" && view.step === "screening" && !returnToCheck && !state.started) state = { ...state, started: await startedTokenForPage() };
  }
  if (!open) {
    return sendDocument(res, { locale, title: titled(page.ui.closedHeading), description: page.questionnaire.title[locale], path, children: createElement(ClosedNotice, { ui: page.ui }) });
  }
  const shown = state.view;
  if (shown.kind === "step") return sendDocument(res, stepDocument(req, page, path, shown.step, state));
  if (shown.kind === "check") return sendDocument(res, checkDocument(req, page, state));
  return redirect(res, 303, `/${locale}`);
}

/** The respondent page a rewritten address asks for (?locale=&page=start|check|thanks, or ?n= for a part, none for the screening). */
export async function respondentPage(req: NextLikeRequest, res: ServerResponse): Promise<void> {
  const query = req.query;
  const localeArg = one(query.locale);
  const kind = one(query.page);
  const methods = kind === "start" || kind === "thanks" ? ["GET", "HEAD"] : ["GET", "HEAD", "POST"];
  if (!methods.includes(req.method ?? "")) return send(res, 405, "Method Not Allowed\n", "text/plain; charset=utf-8", { Allow: methods.join(", ") });
  if (!isLocale(localeArg)) return notFound(res, "en");
  const locale = localeArg;
  const ctx = nodeContext(req, res);
  if (kind === "start") return startPage(req, res, ctx, locale, query);
  if (kind === "thanks") return thanksPage(res, ctx, locale);
  if (kind === "check") return viewPage(req, res, ctx, locale, { kind: "check" }, false);
  const n = one(query.n);
  const step = n === undefined ? "screening" : partFromSegment(await pageQuestionnaire(), n);
  if (step === undefined) return notFound(res, locale);
  // "?return=check": the respondent came from "Change" on the check page and goes back there.
  return viewPage(req, res, ctx, locale, { kind: "step", step }, one(query.return) === "check");
}

/** What the handler is given: Node's request with the query Next.js parsed (NextApiRequest). */
export type NextLikeRequest = IncomingMessage & { query: Query };
