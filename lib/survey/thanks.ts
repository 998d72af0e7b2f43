// The thank-you page shows thanks only right after a submission. The signal is a
// short-lived cookie holding "1": it says that a response was just sent from this
// browser, not which one (never the response id), and it is scoped to the thank-you path.
// The no-JS submission sets it on the server; the script that sends a response sets it
// with `markThanks()` before moving to the page.
export const THANKS_COOKIE = "tyndau-sent";
export const THANKS_MAX_AGE = 600;

export function markThanks(locale: string): void {
  document.cookie = `${THANKS_COOKIE}=1; Max-Age=${THANKS_MAX_AGE}; Path=/${locale}/thanks; SameSite=Strict`;
}
