"use client";
// The coding view's keyboard: j/k or ↓/↑ select an answer, 1–9 toggle that answer's
// category and save its form at once. The action is called directly, not by submitting
// the form: React resets a submitted form when its action ends, which would undo a key
// pressed meanwhile; the boxes hold the coder's latest choice and each call sends it whole,
// one after the other (two saves in flight could land in either order). The page's root
// carries data-coding-pending, the number of saves not yet done. Without JavaScript none of
// this runs and each form is saved with its button.
import { startTransition, useEffect } from "react";
import { setCodesAction } from "@/app/admin/actions/coding";

const SELECTED = "coding-answer--selected";

function answers(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>("[data-coding-answer]")];
}

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) && !(target instanceof HTMLInputElement && target.type === "checkbox");
}

function select(list: HTMLElement[], index: number): void {
  list.forEach((el, i) => {
    el.classList.toggle(SELECTED, i === index);
    el.setAttribute("aria-current", i === index ? "true" : "false");
  });
  const el = list[index];
  if (el) {
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "nearest" });
  }
}

export function CodingKeys() {
  useEffect(() => {
    let queue: Promise<unknown> = Promise.resolve();
    let pending = 0;
    const root = document.documentElement;
    root.dataset.codingPending = "0";
    const save = (form: HTMLFormElement) => {
      pending++;
      root.dataset.codingPending = String(pending);
      queue = queue
        .then(() => {
          // Read the boxes when the save runs: it sends the coder's latest choice.
          const data = new FormData(form);
          data.set("js", "1");
          return new Promise<void>((resolve, reject) => startTransition(() => setCodesAction(data).then(resolve, reject)));
        })
        .catch(() => undefined)
        .finally(() => {
          pending--;
          root.dataset.codingPending = String(pending);
        });
    };
    for (const input of document.querySelectorAll<HTMLInputElement>("input[name=js]")) input.value = "1";
    const current = () => {
      const list = answers();
      const found = list.findIndex((el) => el.contains(document.activeElement) || el.classList.contains(SELECTED));
      return { list, index: found };
    };
    const start = current();
    if (start.index < 0 && start.list.length > 0) select(start.list, 0);
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      const { list, index } = current();
      if (list.length === 0) return;
      const at = Math.max(0, index);
      if (event.key === "j" || event.key === "ArrowDown") {
        event.preventDefault();
        select(list, Math.min(list.length - 1, at + 1));
      } else if (event.key === "k" || event.key === "ArrowUp") {
        event.preventDefault();
        select(list, Math.max(0, at - 1));
      } else if (/^[1-9]$/.test(event.key)) {
        const box = list[at]?.querySelector<HTMLInputElement>(`input[name=category][value="${event.key}"]`);
        if (!box) return;
        event.preventDefault();
        box.checked = !box.checked;
        select(list, at);
        if (box.form) save(box.form);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return null;
}
