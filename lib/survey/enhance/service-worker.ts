// Registers the service worker (public/sw.js) for the page's language once the page has
// loaded and the main thread is idle, asks it to keep this language's pages, and sends a
// response that waits in the device outbox: now, when the browser comes back online and
// every 30 s. Called by the enhancement module of every respondent page that has one.
const RETRY_MS = 30_000;

/** Returns what undoes it (a React effect's cleanup). */
export function registerServiceWorker(locale: string, paths: readonly string[], version: string, flush: () => void): () => void {
  flush();
  window.addEventListener("online", flush);
  const timer = window.setInterval(flush, RETRY_MS);
  const register = () => {
    if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
    navigator.serviceWorker
      .register("/sw.js", { scope: `/${locale}` })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => registration.active?.postMessage({ type: "precache", urls: paths, version }))
      .catch(() => undefined); // no worker (private mode, old browser): the pages still work online
  };
  const whenIdle = () => (typeof window.requestIdleCallback === "function" ? window.requestIdleCallback(register, { timeout: 3000 }) : window.setTimeout(register, 1000));
  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle, { once: true });
  return () => {
    window.removeEventListener("online", flush);
    window.removeEventListener("load", whenIdle);
    window.clearInterval(timer);
  };
}
