// Unknown pages below a language prefix. The layout above has already checked the locale,
// but not-found cannot read params, so the message is given in all three languages.
import { NotFoundView } from "@/components/survey/NotFoundView";

export default function NotFound() {
  return <NotFoundView />;
}
