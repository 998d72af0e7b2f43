// Types of ./client-boundary.mjs for the TypeScript tests that import it.
import type { Rule } from "eslint";

export function clientBoundaryViolations(root: string, dirs?: readonly string[]): string[];
export function clientModules(root: string, dirs: readonly string[]): string[];
export function createImportGraph(root: string): {
  chainFrom(file: string): { chain: string[]; reason: string } | undefined;
  rel(file: string): string;
};
export const clientBoundaryRule: Rule.RuleModule;
export function hasServerOnlyMarker(file: string): boolean;
export function allSpecifiers(file: string): string[];
export function reachableFrom(root: string, entries: readonly string[]): Set<string>;
export function resolveSpecifier(root: string, fromFile: string, specifier: string): string | undefined;
export function runtimeSpecifiers(file: string): string[];
