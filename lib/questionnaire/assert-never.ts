// The last line of every `switch` on a kind (an item kind, a column kind, a chart kind…):
// once every case is handled the value's type is `never`, so adding a kind without
// handling it stops the build at each switch instead of falling through silently.

/** Compile-time exhaustiveness check; throws if a value the types ruled out arrives anyway. */
export function assertNever(value: never, what = "kind"): never {
  const shown = value !== null && typeof value === "object" && "kind" in value ? (value as { kind: unknown }).kind : value;
  throw new Error(`Unhandled ${what}: ${JSON.stringify(shown)}`);
}
