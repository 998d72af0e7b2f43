"use client";
// The sign-in form. A client component only to keep the typed email and focus the error
// summary after a failed attempt; it posts to a server action and works without JS too.
import { useActionState, useEffect, useRef } from "react";
import { signInAction, type SignInState } from "@/app/admin/actions/session";

export type SignInLabels = {
  email: string;
  password: string;
  submit: string;
  errorSummary: string;
  invalid: string;
  /** With {minutes}. */
  blocked: string;
};

/** `locale`: the language the sign-in page is shown in, kept through sign-in. */
export function SignInForm({ labels, locale }: { labels: SignInLabels; locale: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.error) summary.current?.focus();
  }, [state]);
  const message =
    state.error === "blocked"
      ? labels.blocked.replace("{minutes}", String(state.retryAfterMinutes ?? 15))
      : state.error === "invalid"
        ? labels.invalid
        : null;
  return (
    <form action={action} noValidate>
      <input type="hidden" name="ui" value={locale} />
      {message && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="sign-in-error-title">
          <h2 id="sign-in-error-title">{labels.errorSummary}</h2>
          <p>{message}</p>
        </div>
      )}
      <div className="field">
        <label htmlFor="email">{labels.email}</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email ?? ""} spellCheck={false} />
      </div>
      <div className="field">
        <label htmlFor="password">{labels.password}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
