// A tiny SVG element tree. Charts are built once as data, then either rendered by React
// (pages) or serialised to a standalone .svg file (downloads), so the picture on screen
// and the downloaded one can never differ. No chart library, no client code.
export type SvgNode = {
  tag: "svg" | "g" | "rect" | "text" | "line" | "title" | "desc" | "tspan";
  attrs?: Record<string, string | number | undefined>;
  children?: (SvgNode | string)[];
};

export function el(tag: SvgNode["tag"], attrs: SvgNode["attrs"] = {}, children: SvgNode["children"] = []): SvgNode {
  return { tag, attrs, children };
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** Attribute names as written in SVG (React takes the camelCase ones). */
const SVG_NAMES: Record<string, string> = {
  fontSize: "font-size",
  fontWeight: "font-weight",
  fontFamily: "font-family",
  textAnchor: "text-anchor",
  dominantBaseline: "dominant-baseline",
  strokeWidth: "stroke-width",
  ariaLabelledby: "aria-labelledby",
  ariaDescribedby: "aria-describedby",
  ariaHidden: "aria-hidden",
};

export function svgAttributeName(name: string): string {
  return SVG_NAMES[name] ?? name;
}

export function toSvgString(node: SvgNode, root = true): string {
  const attrs = Object.entries(node.attrs ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${svgAttributeName(k)}="${escapeXml(String(v))}"`)
    .join("");
  const ns = root && node.tag === "svg" ? ` xmlns="http://www.w3.org/2000/svg"` : "";
  const children = (node.children ?? []).map((c) => (typeof c === "string" ? escapeXml(c) : toSvgString(c, false))).join("");
  const xml = `<${node.tag}${ns}${attrs}>${children}</${node.tag}>`;
  return root ? `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n` : xml;
}
