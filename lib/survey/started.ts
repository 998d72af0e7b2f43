// The first page's sealed "started" token on the respondent's device, for the JavaScript
// path: kept beside the draft and sent with the response (the no-JS path carries it in a
// hidden field instead). It is opaque here: only the server can open it, and it is
// forgotten once the response is sent (docs/decisions/016-quality-and-exclusions.md).
const startedKey = (version: string) => `tyndau:started:${version}`;

function storage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/** Keeps the token unless one is kept already (`replace`: a new draft starts again). */
export function keepStarted(version: string, token: string, replace = false): void {
  try {
    const s = storage();
    if (replace || !s?.getItem(startedKey(version))) s?.setItem(startedKey(version), token);
  } catch {
    // Storage full or disabled: the response is sent without a band.
  }
}

/** `{ started }` for the submission's JSON, or nothing. */
export function startedToken(version: string): { started?: string } {
  try {
    const token = storage()?.getItem(startedKey(version));
    return token ? { started: token } : {};
  } catch {
    return {};
  }
}

export function forgetStarted(version: string): void {
  try {
    storage()?.removeItem(startedKey(version));
  } catch {
    // ignore: see storage()
  }
}
