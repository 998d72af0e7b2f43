// Root layout of the benchmark's floor page (npm run bench:lighthouse): the respondent
// pages' document and styles, and nothing else — no service worker, no client component.
import type { ReactNode } from "react";
import "../globals.css";
import "@/components/survey/survey.css";

export default function BenchLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
