// Where the e2e server keeps its SQLite file. Several test runs can coexist
// (E2E_PORT, E2E_DB_FILE and NEXT_DIST_DIR differ per run).
export const E2E_DATABASE_FILE = process.env.E2E_DB_FILE ?? ".tmp/e2e/tyndau-e2e.db";

/** The e2e server's invitation key file (lib/invitations/key.server.ts), beside its database. */
export const E2E_INVITATION_KEY_FILE = `${E2E_DATABASE_FILE}.invitation.key`;
