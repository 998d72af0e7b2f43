// Renders a chart's SVG tree with React on the server: no client JavaScript.
import { createElement, type ReactNode } from "react";
import type { SvgNode } from "@/lib/charts/svg";

/** React wants camelCase for most SVG attributes, but aria-* stays hyphenated. */
function reactProps(attrs: SvgNode["attrs"] = {}): Record<string, string | number> {
  const props: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined) continue;
    if (k === "ariaLabelledby") props["aria-labelledby"] = v;
    else if (k === "ariaDescribedby") props["aria-describedby"] = v;
    else if (k === "ariaHidden") props["aria-hidden"] = v;
    else props[k] = v;
  }
  return props;
}

function toReact(node: SvgNode | string, key: number): ReactNode {
  if (typeof node === "string") return node;
  return createElement(node.tag, { key, ...reactProps(node.attrs) }, ...(node.children ?? []).map((c, i) => toReact(c, i)));
}

export function SvgChart({ tree }: { tree: SvgNode }) {
  return toReact(tree, 0);
}
