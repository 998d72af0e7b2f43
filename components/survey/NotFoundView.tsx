// Unknown pages below a language prefix: the message in all three languages (the App
// Router's not-found page cannot read the language; the respondent pages' 404 says the same).
export function NotFoundView() {
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
