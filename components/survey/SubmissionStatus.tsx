"use client";
// The enhanced submission's status on the check page: while a finished response waits in
// the device outbox (sent offline), it says so — "Saved on this device; it will be sent
// when you are online" — and when the outbox has sent it (components/survey/ServiceWorker
// flushes it on `online`), it says so and opens the thank-you page. Renders nothing
// otherwise, and nothing in the server HTML (the outbox lives on the device).
import { useRouter } from "next/navigation";
import { useEffect, useState, useSyncExternalStore } from "react";
import type { Locale } from "@/lib/questionnaire/locale";
import { subscribeDevice, wasSubmitted } from "@/lib/survey/draft";
import { hasPendingSubmission } from "@/lib/survey/outbox";
import type { OutboxMessages } from "@/lib/survey/outbox-messages";

type Status = "none" | "queued" | "sent";

/**
 * `scope`: the device draft's key, which the outbox and the answered marker share (lib/survey/draft.ts);
 * `messages`: the page language's texts (the page passes its own, not all three).
 */
export function SubmissionStatus({ locale, scope, messages: m }: { locale: Locale; scope: string; messages: OutboxMessages }) {
  const pending = useSyncExternalStore(
    subscribeDevice,
    () => hasPendingSubmission(scope),
    () => false,
  );
  const router = useRouter();
  // Whether this page has shown the response waiting (state adjusted during render).
  const [wasQueued, setWasQueued] = useState(false);
  if (pending && !wasQueued) setWasQueued(true);
  const status: Status = pending ? "queued" : wasQueued && wasSubmitted(scope) ? "sent" : "none";

  useEffect(() => {
    if (status === "sent") router.replace(`/${locale}/thanks`);
  }, [status, locale, router]);

  return (
    <div role="status" aria-live="polite">
      {status === "queued" ? (
        <div className="notice" data-outbox="queued">
          <p>
            <strong>{m.queuedTitle}.</strong> {m.queuedText}
          </p>
        </div>
      ) : status === "sent" ? (
        <div className="notice" data-outbox="sent">
          <p>{m.sent}</p>
        </div>
      ) : null}
    </div>
  );
}
