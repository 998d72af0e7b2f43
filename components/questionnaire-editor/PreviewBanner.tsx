// The staff strip above a preview: says loudly that this is a preview, links every page of
// the flow and leads back to the editor. A server component: no script.
export function PreviewBanner({
  text,
  title,
  back,
  nav,
}: {
  text: string;
  title: string;
  back: { href: string; label: string };
  nav: { label: string; links: { href: string; label: string; current: boolean }[] };
}) {
  return (
    <aside className="preview-banner" aria-label={title}>
      <p className="preview-banner__title">
        <strong>{title}</strong> — {text}
      </p>
      <nav aria-label={nav.label}>
        <ul className="preview-banner__steps">
          {nav.links.map((l) => (
            <li key={l.href}>
              <a href={l.href} aria-current={l.current ? "page" : undefined}>
                {l.label}
              </a>
            </li>
          ))}
          <li>
            <a href={back.href}>{back.label}</a>
          </li>
        </ul>
      </nav>
    </aside>
  );
}
