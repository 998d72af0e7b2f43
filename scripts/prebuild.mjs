// Runs before `next build`: generates both Prisma clients and writes the
// tsconfig that Next.js may rewrite for itself (tsconfig.next.json, git-ignored),
// so that builds never touch the committed tsconfig.json.
import { writeFileSync } from "node:fs";
import "./generate-prisma.mjs";

writeFileSync(new URL("../tsconfig.next.json", import.meta.url), JSON.stringify({ extends: "./tsconfig.json" }, null, 2) + "\n");

// The respondent pages' enhancement module (decision 018), served from public/generated/.
const { buildRespondentModule } = await import("./build-respondent-module.mjs");
await buildRespondentModule();
