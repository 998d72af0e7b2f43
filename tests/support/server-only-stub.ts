// Stand-in for the `server-only` marker package inside unit tests (see vitest.config.ts).
export {};
