"use client";
// Mounted once in the respondent layout; renders nothing. After the page has loaded it
// registers the service worker (public/sw.js) for this language and asks it to keep the
// pages of this language (`paths`, from the server) for a lost connection. It also sends
// a response that waits in the device outbox (lib/survey/outbox.ts): now, when the
// browser comes back online, and every 30 s while one waits.
import { useEffect } from "react";

const RETRY_MS = 30_000;

/** `version`: the questionnaire version the pages show; the worker keeps each version's pages apart. */
export function ServiceWorker({ locale, paths, version }: { locale: string; paths: string[]; version: string }) {
  const pathList = paths.join("\n");
  useEffect(() => {
    // The outbox code is fetched after the page loads, not with it: most pages have nothing waiting.
    const flush = () => {
      void import("@/lib/survey/outbox").then(({ flushOutbox }) => flushOutbox()).catch(() => undefined);
    };
    flush();
    window.addEventListener("online", flush);
    const timer = window.setInterval(flush, RETRY_MS);

    const register = () => {
      if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
      navigator.serviceWorker
        .register("/sw.js", { scope: `/${locale}` })
        .then(() => navigator.serviceWorker.ready)
        .then((registration) => registration.active?.postMessage({ type: "precache", urls: pathList.split("\n"), version }))
        .catch(() => undefined); // no worker (private mode, old browser): the pages still work online
    };
    // After the load event and when the main thread is idle, so that keeping the pages never
    // competes with this page's own loading.
    const whenIdle = () => (typeof window.requestIdleCallback === "function" ? window.requestIdleCallback(register, { timeout: 3000 }) : window.setTimeout(register, 1000));
    if (document.readyState === "complete") whenIdle();
    else window.addEventListener("load", whenIdle, { once: true });

    return () => {
      window.removeEventListener("online", flush);
      window.removeEventListener("load", whenIdle);
      window.clearInterval(timer);
    };
  }, [locale, pathList, version]);
  return null;
}
