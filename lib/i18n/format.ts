// Placeholder filling for translated texts, kept apart from the catalogues so client code
// can use it without shipping every language's texts (eslint/client-boundary.mjs).

/** Fills {name} placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
