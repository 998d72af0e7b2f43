// Unknown pages below a language prefix. The layout above has already checked the locale,
// but not-found cannot read params, so the message is given in all three languages.
export default function NotFound() {
  return (
    <main id="main" className="container">
      <h1>404</h1>
      <p lang="kk">Бет табылмады.</p>
      <p lang="ru">Страница не найдена.</p>
      <p lang="en">Page not found.</p>
      <p>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a plain link: next/link would put its client code into every respondent page's first load */}
        <a href="/">Tyndau</a>
      </p>
    </main>
  );
}
