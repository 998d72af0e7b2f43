export default function LandingPage() {
  return (
    <main className="container">
      <h1>Tyndau</h1>
      <p lang="kk">Мемлекеттік қызмет және «Еститін мемлекет» туралы азаматтық қоғам өкілдеріне арналған анонимді сауалнама.</p>
      <p lang="ru">Анонимный опрос представителей гражданского общества о государственной службе и «Слышащем государстве».</p>
      <p lang="en">An anonymous survey of civil-society representatives on the civil service and the “Hearing state”.</p>
    </main>
  );
}
