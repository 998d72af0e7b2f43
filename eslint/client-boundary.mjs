// What client code may not reach, and the import-graph walk that finds it. Shared by the
// ESLint rule `tyndau/client-boundary` (eslint.config.mjs) and tests/static/client-imports.test.ts.
//
// A "use client" file ships to the browser together with every module it imports, so the
// ban holds transitively: the questionnaire barrel (lib/questionnaire/index.ts parses the
// whole instrument at load), anything under lib/db/, any module marked `import "server-only"`
// (the one naming convention for modules that touch the database, secrets, the file system
// or node-only APIs) and node's own modules. Type-only imports are erased by the compiler
// and are not followed; nor are "use server" files, which reach the browser only as
// references to their actions.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const EXTENSIONS = [".ts", ".tsx", ".mts", ".js", ".mjs", ".jsx"];

/** Why a module may not be reached from client code, or undefined when it may. */
export function bannedReason(root, file, source) {
  const rel = path.relative(root, file).split(path.sep).join("/");
  if (rel === "lib/questionnaire/index.ts") return "the questionnaire barrel parses the whole instrument at load; import the module you need (e.g. @/lib/questionnaire/types)";
  if (rel.startsWith("lib/db/")) return "lib/db/ is the database layer";
  // Every language's respondent texts: a page passes its own language's texts as a prop.
  if (rel === "lib/i18n/respondent.ts") return "it holds the respondent texts of all three languages; the page passes its language's texts as a prop (format is in @/lib/i18n/format)";
  if (source !== undefined && isServerOnly(source)) return 'it is marked import "server-only"';
  return undefined;
}

/** A bare specifier client code may not import at all. */
export function bannedPackage(specifier) {
  if (specifier === "server-only") return 'the "server-only" marker';
  if (specifier.startsWith("node:")) return "a node built-in module";
  return undefined;
}

function isServerOnly(sourceFile) {
  return sourceFile.statements.some(
    (s) => ts.isImportDeclaration(s) && !s.importClause && ts.isStringLiteral(s.moduleSpecifier) && s.moduleSpecifier.text === "server-only",
  );
}

function hasDirective(sourceFile, directive) {
  for (const s of sourceFile.statements) {
    if (!ts.isExpressionStatement(s) || !ts.isStringLiteral(s.expression)) return false;
    if (s.expression.text === directive) return true;
  }
  return false;
}

// The enhancement modules of the respondent pages without the framework runtime
// (scripts/build-respondent-module.mjs bundles them for the browser): client code without
// the directive, held to the same rule.
const BROWSER_ENTRY = /[\\/]lib[\\/]survey[\\/]enhance[\\/][a-z-]+-page\.ts$/;

/** True when the file starts with the "use client" directive, or is a browser entry. */
export function isClientModule(sourceFile) {
  return hasDirective(sourceFile, "use client") || BROWSER_ENTRY.test(sourceFile.fileName);
}

/**
 * A "use server" file reaches the browser only as references to its actions (the bundler
 * replaces it by RPC stubs), so the walk does not follow its imports.
 */
export function isServerActionModule(sourceFile) {
  return hasDirective(sourceFile, "use server");
}

/** Import specifiers that survive compilation: value imports, re-exports, dynamic import(). */
export function runtimeImports(sourceFile) {
  const out = [];
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) out.push({ specifier: node.moduleSpecifier.text, node });
      return;
    }
    if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) out.push({ specifier: node.moduleSpecifier.text, node });
      return;
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) out.push({ specifier: arg.text, node });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return out;
}

function resolveFile(candidate) {
  const tries = [candidate, ...EXTENSIONS.map((e) => candidate + e), ...EXTENSIONS.map((e) => path.join(candidate, "index" + e))];
  for (const t of tries) {
    try {
      if (fs.statSync(t).isFile()) return t;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/**
 * A project file for `@/…` and relative specifiers; undefined for packages (and for a
 * specifier that does not resolve, which the compiler reports on its own).
 */
export function resolveSpecifier(root, fromFile, specifier) {
  if (specifier.startsWith("@/")) return resolveFile(path.join(root, specifier.slice(2)));
  if (specifier.startsWith("./") || specifier.startsWith("../")) return resolveFile(path.resolve(path.dirname(fromFile), specifier));
  return undefined;
}

/**
 * The import graph of one project, parsed lazily and cached. `chainFrom(file)` is the
 * shortest chain of files (relative paths) from `file` to a banned module, with the
 * reason, or undefined when client code may import `file`.
 */
export function createImportGraph(root) {
  const parsed = new Map();
  const verdicts = new Map();
  const parse = (file) => {
    let sf = parsed.get(file);
    if (sf === undefined) {
      sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
      parsed.set(file, sf);
    }
    return sf;
  };
  const rel = (file) => path.relative(root, file).split(path.sep).join("/");

  /** Breadth-first, so the chain named is a shortest one. */
  const chainFrom = (start) => {
    if (verdicts.has(start)) return verdicts.get(start);
    const previous = new Map([[start, undefined]]);
    const queue = [start];
    let found;
    while (queue.length > 0 && found === undefined) {
      const file = queue.shift();
      const sf = parse(file);
      if (isServerActionModule(sf)) continue;
      const own = bannedReason(root, file, sf);
      if (own !== undefined) {
        found = { end: file, reason: own };
        break;
      }
      for (const { specifier } of runtimeImports(sf)) {
        const pkg = bannedPackage(specifier);
        if (pkg !== undefined) {
          found = { end: file, reason: `it imports ${specifier} (${pkg})` };
          break;
        }
        const target = resolveSpecifier(root, file, specifier);
        if (target === undefined || previous.has(target)) continue;
        previous.set(target, file);
        queue.push(target);
      }
    }
    let verdict;
    if (found !== undefined) {
      const chain = [];
      for (let f = found.end; f !== undefined; f = previous.get(f)) chain.unshift(rel(f));
      verdict = { chain, reason: found.reason };
    }
    verdicts.set(start, verdict);
    return verdict;
  };
  return { parse, chainFrom, rel };
}

/** Every file under `dirs` (relative to root) that starts with "use client". */
export function clientModules(root, dirs) {
  const out = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && entry.name !== "generated" && !entry.name.startsWith(".")) walk(full);
      } else if (/\.(tsx?|mts)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        const text = fs.readFileSync(full, "utf8");
        if (!text.includes("use client") && !BROWSER_ENTRY.test(full)) continue;
        const sf = ts.createSourceFile(full, text, ts.ScriptTarget.Latest, false, full.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
        if (isClientModule(sf)) out.push(full);
      }
    }
  };
  for (const d of dirs) walk(path.join(root, d));
  return out.sort();
}

/** Every chain from a "use client" file to a module client code may not reach. */
export function clientBoundaryViolations(root, dirs = ["app", "components", "lib"]) {
  const graph = createImportGraph(root);
  const problems = [];
  for (const file of clientModules(root, dirs)) {
    const verdict = graph.chainFrom(file);
    if (verdict) problems.push(`${verdict.chain.join(" → ")}: ${verdict.reason}`);
  }
  return problems;
}

/** The ESLint rule: reports, at the import, a "use client" file's chain to a banned module. */
export const clientBoundaryRule = {
  meta: {
    type: "problem",
    docs: { description: 'Client code ("use client" files and what they import) cannot reach server modules' },
    schema: [{ type: "object", properties: { root: { type: "string" } }, additionalProperties: false }],
    messages: { banned: '"use client" file imports {{specifier}}, which reaches {{chain}}: {{reason}}' },
  },
  create(context) {
    const filename = context.filename;
    const root = context.options[0]?.root ?? context.cwd;
    const source = context.sourceCode;
    const directive = source.ast.body[0];
    const isClient =
      BROWSER_ENTRY.test(filename) ||
      (directive?.type === "ExpressionStatement" && directive.expression.type === "Literal" && directive.expression.value === "use client");
    if (!isClient) return {};
    const graph = graphFor(root);
    const check = (node, specifier) => {
      if (typeof specifier !== "string") return;
      const pkg = bannedPackage(specifier);
      if (pkg !== undefined) {
        context.report({ node, messageId: "banned", data: { specifier, chain: specifier, reason: pkg } });
        return;
      }
      const target = resolveSpecifier(root, filename, specifier);
      if (target === undefined) return;
      const verdict = graph.chainFrom(target);
      if (verdict) context.report({ node, messageId: "banned", data: { specifier, chain: verdict.chain.join(" → "), reason: verdict.reason } });
    };
    return {
      ImportDeclaration(node) {
        if (node.importKind === "type") return;
        if (node.specifiers.length > 0 && node.specifiers.every((s) => s.type === "ImportSpecifier" && s.importKind === "type")) return;
        check(node, node.source.value);
      },
      ExportNamedDeclaration(node) {
        if (node.source && node.exportKind !== "type") check(node, node.source.value);
      },
      ExportAllDeclaration(node) {
        if (node.exportKind !== "type") check(node, node.source.value);
      },
      ImportExpression(node) {
        if (node.source.type === "Literal") check(node, node.source.value);
      },
    };
  },
};

// One graph per lint run and root: every client file's walk shares the parsed modules.
const graphs = new Map();
function graphFor(root) {
  let g = graphs.get(root);
  if (g === undefined) {
    g = createImportGraph(root);
    graphs.set(root, g);
  }
  return g;
}

/** True when the file has `import "server-only"`. */
export function hasServerOnlyMarker(file) {
  return isServerOnly(ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false));
}

/** Every specifier of a file's import and export declarations, type-only ones included. */
export function allSpecifiers(file) {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  return sf.statements.flatMap((s) =>
    (ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) && s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier) ? [s.moduleSpecifier.text] : [],
  );
}

/** Every project file that `entries` load at run time, the entries included (type-only imports are not followed). */
export function reachableFrom(root, entries) {
  const graph = createImportGraph(root);
  const seen = new Set(entries);
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const { specifier } of runtimeImports(graph.parse(file))) {
      const target = resolveSpecifier(root, file, specifier);
      if (target !== undefined && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}

/** The specifiers of a file that survive compilation (value imports, re-exports, import()). */
export function runtimeSpecifiers(file) {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  return runtimeImports(sf).map((i) => i.specifier);
}
