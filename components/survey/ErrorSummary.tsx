"use client";
// The GOV.UK error summary: shown at the top after a failed "Continue", it takes focus
// (so screen readers announce it) and links to each field; following a link focuses the
// field and scrolls its question into view.
import { useEffect, useRef, type MouseEvent } from "react";

export interface SummaryError {
  /** Target element id (the field's first input). */
  targetId: string;
  message: string;
  /** Set when the field is on another page (the check page links across pages). */
  href?: string;
}

export function ErrorSummary({ title, errors, focusKey }: { title: string; errors: SummaryError[]; focusKey: number }) {
  const ref = useRef<HTMLDivElement>(null);
  // Focus once per attempt, as soon as the summary is on screen (the errors may arrive a
  // render after the attempt is counted).
  const focusedFor = useRef(0);
  const visible = errors.length > 0;
  useEffect(() => {
    if (visible && focusKey > focusedFor.current && ref.current) {
      focusedFor.current = focusKey;
      ref.current.focus();
    }
  }, [visible, focusKey]);
  if (errors.length === 0) return null;

  const follow = (event: MouseEvent<HTMLAnchorElement>, error: SummaryError) => {
    if (error.href) return;
    const target = document.getElementById(error.targetId);
    if (!target) return;
    event.preventDefault();
    // Show the whole question (its legend), not just the first button.
    const question = target.closest(".question") ?? target;
    question.scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true });
  };

  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.targetId + error.message}>
            <a href={error.href ?? `#${error.targetId}`} onClick={(event) => follow(event, error)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
