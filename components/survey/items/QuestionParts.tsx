// Pieces every question shares: the legend with its number, the hint, the inline error.
import { errorId, hintId } from "@/lib/survey/fields";

export function QuestionLegend({ number, text, optional }: { number: string; text: string; optional?: string }) {
  return (
    <legend className="question__legend">
      <span className="question__number">{number}.</span> {text}
      {optional ? <span className="question__optional"> {optional}</span> : null}
    </legend>
  );
}

export function Hint({ variable, text }: { variable: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <p className="hint" id={hintId(variable)}>
      {text}
    </p>
  );
}

/**
 * The field's error slot: always in the page, hidden while there is no message, so the
 * script can show a message in place (lib/survey/enhance/step-dom.ts) without rendering.
 */
export function ErrorMessage({ variable, message, prefix }: { variable: string; message: string | undefined; prefix: string }) {
  return (
    <p className="error-message" id={errorId(variable)} data-error-slot={variable} hidden={!message || undefined}>
      <span className="visually-hidden">{prefix}</span>
      <span className="error-message__text">{message ?? ""}</span>
    </p>
  );
}

/** aria-describedby for a control: its hint and error, when present. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length > 0 ? present.join(" ") : undefined;
}

export { codesOf } from "@/lib/survey/fields";

/**
 * A label with its gender suffixes kept whole: Russian "согласен(-на)" must not break after
 * the hyphen. A nowrap span (not U+2011) so the accessible name stays the label's own text.
 */
export function Label({ text }: { text: string }) {
  const parts = text.split(/(\S*\(-[^)\s]{1,4}\))/);
  if (parts.length === 1) return text;
  return parts.map((part, index) => (index % 2 === 1 ? <span className="nowrap" key={index}>{part}</span> : part));
}
