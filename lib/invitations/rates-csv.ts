// The response rates as CSV: one line per batch and released day, and a total per batch.
import type { BatchRate, Figure } from "./rates.server";

export function figureText(f: Figure, k: number): string {
  return "shown" in f ? String(f.shown) : "fewerThan" in f ? `fewer than ${k}` : "withheld";
}

const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function ratesCsv(rates: readonly BatchRate[], k: number): string {
  const lines = ["batch,region,issued,valid_until,revoked,day,used"];
  for (const r of rates) {
    const head = [cell(r.label), r.region === null ? "" : String(r.region), String(r.issued), r.validUntil, r.revoked ? "1" : "0"];
    lines.push([...head, "total", cell(figureText(r.used, k))].join(","));
    for (const d of r.days) lines.push([...head, d.day, cell(figureText(d.used, k))].join(","));
  }
  return lines.join("\r\n") + "\r\n";
}
