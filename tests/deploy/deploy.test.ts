// The files docs/deploy.md tells an IT person to install: the systemd units
// and the nginx site. Their key directives are checked by parsing them (always),
// then the real tools judge them when installed: `systemd-analyze verify`
// (no warnings allowed) and `nginx -t` (on a copy with a throwaway certificate).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DEPLOY = path.join(ROOT, "deploy");
const read = (name: string) => readFileSync(path.join(DEPLOY, name), "utf8");

type Unit = Map<string, Map<string, string[]>>;

/** A systemd unit file: section → key → values (a key may repeat). */
function parseUnit(text: string): Unit {
  const unit: Unit = new Map();
  let section: Map<string, string[]> | undefined;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      section = new Map();
      unit.set(header[1]!, section);
      continue;
    }
    const eq = line.indexOf("=");
    if (!section || eq === -1) throw new Error(`not a unit file line: ${line}`);
    const key = line.slice(0, eq);
    section.set(key, [...(section.get(key) ?? []), line.slice(eq + 1)]);
  }
  return unit;
}

function value(unit: Unit, section: string, key: string): string | undefined {
  return unit.get(section)?.get(key)?.at(-1);
}

function tool(name: string): string | undefined {
  const r = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

const work = path.join(os.tmpdir(), `tyndau-deploy-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("deploy/tyndau.service", () => {
  const unit = parseUnit(read("tyndau.service"));

  it("restarts on failure as a dedicated user, with an environment file", () => {
    expect(value(unit, "Service", "Restart")).toBe("on-failure");
    expect(value(unit, "Service", "User")).toBe("tyndau");
    expect(value(unit, "Service", "Group")).toBe("tyndau");
    expect(value(unit, "Service", "EnvironmentFile")).toBe("/etc/tyndau/tyndau.env");
    expect(value(unit, "Service", "ExecStart")).toMatch(/scripts\/start\.ts$/);
    expect(value(unit, "Install", "WantedBy")).toBe("multi-user.target");
  });

  it("can write its data directory and nothing else, with the usual hardening", () => {
    expect(value(unit, "Service", "ProtectSystem")).toBe("strict");
    expect(unit.get("Service")?.get("ReadWritePaths")).toEqual(["/var/lib/tyndau"]);
    expect(value(unit, "Service", "StateDirectory")).toBe("tyndau");
    expect(value(unit, "Service", "StateDirectoryMode")).toBe("0700");
    for (const key of ["NoNewPrivileges", "PrivateTmp", "PrivateDevices", "ProtectHome", "ProtectKernelTunables", "ProtectKernelModules", "ProtectControlGroups", "RestrictSUIDSGID", "LockPersonality"]) {
      expect(value(unit, "Service", key), key).toBe("true");
    }
    expect(value(unit, "Service", "CapabilityBoundingSet")).toBe("");
    // V8's JIT needs W+X memory: this option would crash Node on start.
    expect(unit.get("Service")?.has("MemoryDenyWriteExecute")).toBe(false);
  });

  it("gives the graceful shutdown more time than the server's own bound", () => {
    expect(value(unit, "Service", "KillSignal")).toBe("SIGTERM");
    expect(Number(value(unit, "Service", "TimeoutStopSec"))).toBeGreaterThan(20); // SHUTDOWN_TIMEOUT_MS default 20 s
    // The build is made at deploy time; the read-only service must not try to rebuild.
    expect(value(unit, "Service", "Environment")).toContain("TYNDAU_SKIP_BUILD=1");
  });
});

describe("deploy/tyndau@.service (several instances)", () => {
  it("is tyndau.service with the port taken from the instance name", () => {
    const single = read("tyndau.service");
    const template = read("tyndau@.service");
    const strip = (t: string) =>
      t
        .split("\n")
        .filter((l) => !l.startsWith("#") && !l.startsWith("Description=") && !l.startsWith("ExecStart="))
        .join("\n");
    expect(strip(template)).toBe(strip(single));
    expect(value(parseUnit(template), "Service", "ExecStart")).toBe(`/usr/bin/env PORT=%i ${value(parseUnit(single), "Service", "ExecStart")}`);
  });
});

describe("deploy/tyndau-backup.service + .timer", () => {
  const service = parseUnit(read("tyndau-backup.service"));
  const timer = parseUnit(read("tyndau-backup.timer"));

  it("backs up nightly with rotation, as the service user", () => {
    expect(value(service, "Service", "Type")).toBe("oneshot");
    expect(value(service, "Service", "User")).toBe("tyndau");
    expect(value(service, "Service", "ExecStart")).toMatch(/scripts\/backup\.ts --dir \/var\/backups\/tyndau --keep 14$/);
    expect(value(service, "Service", "ReadWritePaths")).toContain("/var/backups/tyndau");
    expect(value(timer, "Timer", "OnCalendar")).toMatch(/^\*-\*-\* \d\d:\d\d:\d\d$/);
    expect(value(timer, "Timer", "Persistent")).toBe("true");
    expect(value(timer, "Timer", "Unit")).toBe("tyndau-backup.service");
    expect(value(timer, "Install", "WantedBy")).toBe("timers.target");
  });
});

describe("the environment file and nginx site agree", () => {
  const env = read("tyndau.env.example");
  const nginx = read("nginx.conf");

  it("trusts exactly one proxy hop and names the public https origin", () => {
    expect(env).toMatch(/^TRUST_PROXY=1$/m);
    expect(env).toMatch(/^PUBLIC_ORIGIN=https:\/\/survey\.example\.org$/m);
    expect(env).toMatch(/^HOSTNAME=127\.0\.0\.1$/m);
    // The database lives in the one directory the service may write.
    expect(env).toMatch(/^DATABASE_URL=file:\/var\/lib\/tyndau\/tyndau\.db$/m);
    expect(nginx).toContain("server 127.0.0.1:3000;");
    expect(env).toMatch(/^PORT=3000$/m);
  });

  it("overwrites X-Forwarded-For (never appends the client's), and logs no client address", () => {
    expect(nginx).not.toContain("$proxy_add_x_forwarded_for");
    const forwarded = nginx.match(/proxy_set_header X-Forwarded-For (\S+);/g) ?? [];
    expect(forwarded.length).toBeGreaterThan(0);
    for (const line of forwarded) expect(line).toBe("proxy_set_header X-Forwarded-For $remote_addr;");
    const format = /log_format tyndau_anonymous ([^;]+);/.exec(nginx)?.[1] ?? "";
    expect(format).not.toBe("");
    for (const field of ["$remote_addr", "$http_user_agent", "$http_referer", "$http_x_forwarded_for", "$request_uri", "$args"]) {
      expect(format).not.toContain(field);
    }
    expect(nginx).toMatch(/access_log \S+ tyndau_anonymous;/);
    expect(nginx).toContain("ssl_certificate     /etc/letsencrypt/live/survey.example.org/fullchain.pem;");
    expect(nginx).toContain("return 301 https://$host$request_uri;");
  });
});

const systemdAnalyze = tool("systemd-analyze");
describe.skipIf(!systemdAnalyze)(`systemd-analyze verify${systemdAnalyze ? "" : " (SKIPPED: systemd-analyze not installed; apt install systemd)"}`, () => {
  /** The units with paths pointing into this checkout, so ExecStart= resolves. */
  function verify(files: Record<string, string>): string {
    const dir = path.join(work, `units-${Object.keys(files).length}-${Math.random().toString(36).slice(2)}`);
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(
        path.join(dir, name),
        text.replaceAll("/opt/tyndau", ROOT).replaceAll("/etc/tyndau/tyndau.env", path.join(DEPLOY, "tyndau.env.example")),
      );
    }
    const r = spawnSync(systemdAnalyze!, ["verify", ...Object.keys(files).map((n) => path.join(dir, n))], { encoding: "utf8" });
    return `${r.status === 0 ? "" : `exit ${r.status}\n`}${r.stdout}${r.stderr}`.trim();
  }

  it("accepts the three units without a single warning", () => {
    const out = verify({
      "tyndau.service": read("tyndau.service"),
      "tyndau-backup.service": read("tyndau-backup.service"),
      "tyndau-backup.timer": read("tyndau-backup.timer"),
      "tyndau@3001.service": read("tyndau@.service"),
    });
    expect(out).toBe("");
  });

  it("would catch a mistyped directive (the check can fail)", () => {
    const out = verify({ "tyndau.service": read("tyndau.service").replace("ProtectSystem=strict", "ProtectSystem=strikt") });
    expect(out).toMatch(/protect system/i);
  });
});

const nginxBin = tool("nginx") ?? ["/usr/sbin/nginx"].find((p) => spawnSync(p, ["-v"]).status === 0);
const openssl = tool("openssl");
describe.skipIf(!nginxBin || !openssl)(`nginx -t${nginxBin ? "" : " (SKIPPED: nginx not installed; apt install nginx)"}`, () => {
  it("accepts the site (with a throwaway certificate in place of Let's Encrypt's)", () => {
    const dir = path.join(work, "nginx");
    mkdirSync(path.join(dir, "logs"), { recursive: true });
    const cert = path.join(dir, "cert.pem");
    const key = path.join(dir, "key.pem");
    const made = spawnSync(openssl!, ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=survey.example.org", "-keyout", key, "-out", cert], { encoding: "utf8" });
    expect(made.status, made.stderr).toBe(0);
    const site = read("nginx.conf")
      .replace("/etc/letsencrypt/live/survey.example.org/fullchain.pem", cert)
      .replace("/etc/letsencrypt/live/survey.example.org/privkey.pem", key)
      .replaceAll("/var/log/nginx/", `${dir}/logs/`);
    writeFileSync(path.join(dir, "site.conf"), site);
    writeFileSync(
      path.join(dir, "nginx.conf"),
      `pid ${dir}/nginx.pid;\nerror_log ${dir}/logs/error.log;\nevents {}\nhttp {\n  access_log off;\n  include ${dir}/site.conf;\n}\n`,
    );
    const r = spawnSync(nginxBin!, ["-t", "-p", dir, "-e", path.join(dir, "logs", "error.log"), "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain("syntax is ok");
  });
});

// The nginx site as a tree: directives (name + arguments) and blocks (server, location).
type NginxNode = { name: string; args: string[]; children?: NginxNode[] };

function parseNginx(text: string): NginxNode[] {
  const tokens: string[] = [];
  const re = /#[^\n]*|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([{};])|([^\s{};"'#]+)/g;
  for (const m of text.matchAll(re)) {
    if (m[0].startsWith("#")) continue;
    tokens.push(m[1] ?? m[2] ?? m[3] ?? m[4]!);
  }
  let i = 0;
  function block(): NginxNode[] {
    const nodes: NginxNode[] = [];
    while (i < tokens.length) {
      if (tokens[i] === "}") {
        i++;
        return nodes;
      }
      const words: string[] = [];
      while (i < tokens.length && tokens[i] !== ";" && tokens[i] !== "{") words.push(tokens[i++]!);
      const end = tokens[i++];
      const [name = "", ...args] = words;
      nodes.push(end === "{" ? { name, args, children: block() } : { name, args });
    }
    return nodes;
  }
  return block();
}

/** The location nginx picks for a path: an exact match, else the longest prefix (regex locations are refused). */
function locationFor(server: NginxNode, uri: string): NginxNode | undefined {
  const locations = (server.children ?? []).filter((n) => n.name === "location");
  for (const l of locations) if (l.args[0] !== "=" && l.args[0] !== "^~" && l.args.length > 1) throw new Error(`regex location ${l.args.join(" ")}: extend this test`);
  const exact = locations.find((l) => l.args[0] === "=" && l.args[1] === uri);
  if (exact) return exact;
  const prefix = (l: NginxNode) => (l.args[0] === "^~" ? l.args[1]! : l.args[0]!);
  return locations.filter((l) => l.args[0] !== "=" && uri.startsWith(prefix(l))).sort((a, b) => prefix(b).length - prefix(a).length)[0];
}

/** Where a request for `uri` is logged: the innermost access_log, else the http level (Debian's default logs everything). */
function accessLogFor(site: NginxNode[], server: NginxNode, uri: string): string {
  const own = (nodes: NginxNode[] | undefined) => nodes?.filter((n) => n.name === "access_log").map((n) => n.args.join(" "));
  for (const level of [own(locationFor(server, uri)?.children), own(server.children), own(site)]) if (level && level.length > 0) return level.join(", ");
  return "/var/log/nginx/access.log (the http level's default)";
}

const RESPONDENT_PATHS = ["/", "/kk", "/ru", "/en", "/kk/screening", "/ru/part/2", "/en/check", "/kk/thanks", "/api/responses", "/api/questionnaire", "/api/health", "/sw.js", "/_next/static/chunks/main.js", "/_next/image", "/favicon.ico", "/manifest.webmanifest"];

function respondentPathsLogged(text: string): string[] {
  const site = parseNginx(text);
  const logged: string[] = [];
  for (const server of site.filter((n) => n.name === "server")) {
    const listen = (server.children ?? []).find((n) => n.name === "listen")?.args[0] ?? "?";
    for (const uri of RESPONDENT_PATHS) {
      const log = accessLogFor(site, server, uri);
      if (log !== "off") logged.push(`${listen} ${uri} → ${log}`);
    }
  }
  return logged;
}

describe("deploy/nginx.conf logs nothing a respondent requests", () => {
  const nginx = read("nginx.conf");

  it("no location serving respondent paths writes an access log line, on either server", () => {
    expect(respondentPathsLogged(nginx)).toEqual([]);
  });

  it("the staff area keeps its anonymous access log; the error log records only crit", () => {
    const site = parseNginx(nginx);
    const tls = site.filter((n) => n.name === "server").find((s) => (s.children ?? []).some((n) => n.name === "listen" && n.args.includes("ssl")))!;
    for (const uri of ["/admin", "/admin/results", "/api/admin/export/responses.sav"]) expect(accessLogFor(site, tls, uri)).toBe("/var/log/nginx/tyndau-access.log tyndau_anonymous");
    for (const server of site.filter((n) => n.name === "server")) {
      const errorLog = (server.children ?? []).find((n) => n.name === "error_log");
      expect(errorLog?.args.at(-1)).toBe("crit");
    }
  });

  it("would catch a site that logs respondents (the check can fail)", () => {
    // Without the server-wide `access_log off`, the http level's default log takes over.
    const withoutOff = nginx.replace(/\n    access_log off;\n/g, "\n");
    expect(respondentPathsLogged(withoutOff)).toContain("443 /en/check → /var/log/nginx/access.log (the http level's default)");
    // A respondent location with its own log.
    const timed = nginx.replace("location = /api/responses {\n        access_log off;", "location = /api/responses {\n        access_log /var/log/nginx/x.log tyndau_anonymous;");
    expect(respondentPathsLogged(timed)).toContain("443 /api/responses → /var/log/nginx/x.log tyndau_anonymous");
  });
});
