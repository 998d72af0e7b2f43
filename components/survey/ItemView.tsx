import { ChoiceItem } from "./items/ChoiceItem";
import { MatrixItem } from "./items/MatrixItem";
import { OpenItem } from "./items/OpenItem";
import { RatingItem } from "./items/RatingItem";
import type { ItemProps, LocalisedItem } from "./items/types";
import { assertNever } from "@/lib/questionnaire/assert-never";

/** Picks the renderer for an item's kind; no item is ever special-cased by variable. */
export function ItemView(props: Omit<ItemProps<LocalisedItem["kind"]>, "item"> & { item: LocalisedItem }) {
  const { item, ...rest } = props;
  switch (item.kind) {
    case "single":
      return <ChoiceItem item={item} {...rest} />;
    case "multi":
      return <ChoiceItem item={item} {...rest} />;
    case "open":
      return <OpenItem item={item} {...rest} />;
    case "rating":
      return <RatingItem item={item} {...rest} />;
    case "matrix":
      return <MatrixItem item={item} {...rest} />;
    default:
      return assertNever(item);
  }
}
