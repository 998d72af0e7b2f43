// An item of the client question form that re-renders only when its own answers or errors
// change: every tick sets the form's live values, and re-rendering all items of a long part
// on each one (and once more when the script takes over) kept a slow phone's main thread
// busy (BENCHMARKS.md §6b).
import { memo, type ComponentProps } from "react";
import { ItemView } from "./ItemView";

type Props = ComponentProps<typeof ItemView> & { keys: readonly string[] };

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function unchanged(prev: Props, next: Props): boolean {
  if (prev.item !== next.item || prev.locale !== next.locale || prev.ui !== next.ui || prev.initial !== next.initial) return false;
  if ((prev.live === undefined) !== (next.live === undefined)) return false;
  return next.keys.every((key) => same(prev.live?.[key], next.live?.[key]) && prev.errors[key] === next.errors[key]) && prev.keys === next.keys;
}

function LiveItemView({ keys: _keys, ...props }: Props) {
  return <ItemView {...props} />;
}

export const LiveItem = memo(LiveItemView, unchanged);
