// Text for a table cell whose hyphenated words must not wrap at the hyphen
// ("Северо-Казахстанская", "decision-making", "18–24"): browsers break after a hyphen
// or dash, which splits a word across lines; each such word is kept in one nowrap span.
const HYPHENATED = /(\S*[-‐‑–—]\S*)/u;

export function Words({ text }: { text: string }) {
  const parts = text.split(HYPHENATED);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className="nobr">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
