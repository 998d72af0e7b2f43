import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { clientBoundaryRule } from "./eslint/client-boundary.mjs";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-*/**", "node_modules/**", "lib/db/generated/**", "public/generated/**", "test-results/**", "playwright-report/**", ".tmp/**", "data/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports", disallowTypeAnnotations: false }],
    },
  },
  {
    // "use client" files cannot reach the questionnaire barrel, lib/db/ or a server-only
    // module, directly or through what they import (eslint/client-boundary.mjs).
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { tyndau: { rules: { "client-boundary": clientBoundaryRule } } },
    rules: { "tyndau/client-boundary": ["error", { root: import.meta.dirname }] },
  },
  {
    // The respondent pages' enhancement modules run in pages without the framework's
    // router (decision 018): they navigate as any script does.
    files: ["lib/survey/enhance/**/*.ts"],
    rules: { "@next/next/no-location-assign-relative-destination": "off" },
  },
];

export default config;
