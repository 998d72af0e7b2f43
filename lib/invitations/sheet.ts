// What a new batch is shown as, once: a CSV for mail merge (code, personal link) and an
// A4 page of cut-out slips, each with the link's QR code (server-rendered SVG) and the
// instructions in kk/ru/en. Built here and sent in the response that created the batch;
// nothing of it is stored.
import qrcode from "qrcode-generator";
import type { Locale } from "@/lib/questionnaire/locale";
import type { InvitationStaffUi } from "./staff-messages";
import { SLIP_INSTRUCTIONS } from "./staff-messages";

/** The personal link: opening it checks the code and keeps it out of the address bar. */
export function personalLink(origin: string, code: string): string {
  return `${origin.replace(/\/$/, "")}/api/invitations/enter?code=${code}`;
}

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function codesCsv(origin: string, codes: readonly string[]): string {
  return ["code,link", ...codes.map((c) => `${csvCell(c)},${csvCell(personalLink(origin, c))}`)].join("\r\n") + "\r\n";
}

export function qrSvg(text: string): string {
  const qr = qrcode(0, "M");
  qr.addData(text);
  qr.make();
  return qr.createSvgTag({ cellSize: 2, margin: 2, scalable: true });
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const SLIP_ORDER: readonly Locale[] = ["kk", "ru", "en"];

/** Above this, the page offers the CSV only: a sheet of 20,000 QR codes would not print. */
export const MAX_SLIPS = 2_000;

/** The page shown once: download link (a data: URL, so nothing is fetched again) and the slips. */
export function oncePage(opts: { origin: string; label: string; validUntil: string; codes: readonly string[]; ui: InvitationStaffUi; locale: Locale; fileName: string }): string {
  const { ui } = opts;
  const csv = Buffer.from("\uFEFF" + codesCsv(opts.origin, opts.codes), "utf8").toString("base64");
  const slips = (opts.codes.length > MAX_SLIPS ? [] : opts.codes)
    .map((code) => {
      const link = personalLink(opts.origin, code);
      return `<article class="slip"><div class="qr">${qrSvg(link)}</div><div class="text"><p class="code">${esc(code)}</p><p class="link">${esc(link)}</p>${SLIP_ORDER.map((l) => `<p lang="${l}">${esc(SLIP_INSTRUCTIONS[l])}</p>`).join("")}</div></article>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="${opts.locale}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${esc(ui.onceTitle)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem}
.actions{display:flex;gap:1rem;align-items:center;margin:1rem 0}
.warning{border-left:5px solid #b10e1e;padding:.5rem 1rem;background:#fff4f4}
.sheet{display:grid;grid-template-columns:1fr 1fr;gap:0}
.slip{display:flex;gap:3mm;border:1px dashed #888;padding:4mm;height:60mm;box-sizing:border-box;break-inside:avoid;overflow:hidden}
.qr{flex:0 0 30mm}.qr svg{width:30mm;height:30mm}
.code{font:bold 15px ui-monospace,monospace;letter-spacing:.05em;margin:0 0 1mm}
.link{font-size:7px;word-break:break-all;margin:0 0 1mm}
.slip p[lang]{font-size:7.5px;margin:0 0 .8mm}
@page{size:A4;margin:10mm}
@media print{.screen{display:none}body{margin:0}}
</style></head><body>
<div class="screen"><h1>${esc(ui.onceTitle)}: ${esc(opts.label)}</h1>
<p class="warning" role="alert">${esc(ui.onceWarning)}</p><p>${esc(ui.onceText)}</p>
<p>${esc(ui.colValid)}: ${esc(opts.validUntil)} · ${esc(ui.colIssued)}: ${opts.codes.length}</p>
<div class="actions"><a download="${esc(opts.fileName)}" href="data:text/csv;charset=utf-8;base64,${csv}">${esc(ui.downloadCsv)}</a>
<span>${esc(ui.print)}: Ctrl+P</span><a href="/admin/invitations">${esc(ui.back)}</a></div></div>
<section class="sheet">${slips}</section>
</body></html>`;
}
