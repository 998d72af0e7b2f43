// Tyndau's service worker: the respondent pages of one language keep working when the
// connection drops. Hand-written and small on purpose; registered by
// lib/survey/enhance/service-worker.ts with the scope of the chosen language (/en, /kk,
// /ru), so staff pages are never touched.
//
// - Once the start page has loaded, the page posts {type: "precache", urls, version}: the
//   start, screening, part and check pages of its language, and the questionnaire version
//   they show. Each page is fetched and kept, with every build asset its HTML names
//   (/_next/static/…: scripts, styles, fonts). The pages are kept in a cache named by the
//   version ("tyndau-pages-hearing-state@3"): when staff publish new wording the next
//   page posts the new version, the pages are kept afresh, and the old wording's cache is
//   dropped once the new one is complete.
// - Navigations to those pages: network first (fresh HTML, fresh CSP nonce), the kept copy
//   when the network fails or is too slow. The kept copy is the server's response to a
//   request without cookies, headers included, so its nonce and its CSP still match and it
//   holds nobody's answers (a page the respondent opens is never kept: it may be rendered
//   from the answers cookie). The pages without the framework runtime name their module
//   (/generated/…?v=<hash>), kept like a build asset.
// - Build assets (content-hashed, immutable): cache first, kept on first fetch.
// - React Server Component requests of those pages: network only; when it fails the
//   router falls back to a full navigation, which the kept page then answers.
// - Nothing else is touched: no POST, no /api, not /thanks (which depends on a cookie set
//   by the submission). Nothing a respondent typed is ever put in a cache: answers live
//   only in the page's own storage (the draft and the outbox).
const PAGES_PREFIX = "tyndau-pages-";
const LEGACY_PAGES = "tyndau-pages-v1";
const STATIC = "tyndau-static-v1";
const VERSION = /^[a-z0-9-]{1,64}@\d{1,6}$/;
const RESPONDENT_PAGE = /^\/(kk|ru|en)(\/screening|\/check|\/part\/\d{1,2})?\/?$/;
const SLOW_NETWORK_MS = 6000;

self.addEventListener("install", () => {
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("tyndau-") && !name.startsWith(PAGES_PREFIX) && name !== STATIC) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "precache" || !Array.isArray(data.urls)) return;
  const paths = data.urls.filter((u) => typeof u === "string" && RESPONDENT_PAGE.test(u));
  const version = typeof data.version === "string" && VERSION.test(data.version) ? data.version : "v1";
  event.waitUntil(
    precache(paths, PAGES_PREFIX + version).then((complete) => {
      if (event.source) event.source.postMessage({ type: "precached", complete });
    }),
  );
});

/** Build assets named by a page's HTML (script/link tags and the RSC payload) or by a script. */
function assetsOf(html) {
  const found = new Set();
  for (const m of html.matchAll(/\/_next\/static\/[^"'\s\\)<>]+/g)) found.add(m[0]);
  // The enhancement module of the pages without the framework runtime (versioned by a query).
  for (const m of html.matchAll(/\/generated\/[\w.-]+\.(?:js|css)(?:\?v=[\w-]+)?/g)) found.add(m[0]);
  // The RSC payload names client chunks relative to /_next/ ("static/chunks/…").
  for (const m of html.matchAll(/["'](static\/(?:chunks|css|media)\/[^"'\s\\]+)["']/g)) found.add(`/_next/${m[1]}`);
  // Files only: a script may hold a bare prefix ("/_next/static/chunks/").
  return new Set([...found].filter((asset) => /\/[^/?]+\.[a-z0-9]+(\?v=[\w-]+)?$/i.test(asset)));
}

/** The cache holding the pages of the newest version kept (caches.keys() is in creation order). */
async function currentPagesName() {
  const names = (await caches.keys()).filter((name) => name.startsWith(PAGES_PREFIX));
  return names[names.length - 1] ?? LEGACY_PAGES;
}

async function precache(paths, pagesName) {
  const pages = await caches.open(pagesName);
  const statics = await caches.open(STATIC);
  const assets = new Set();
  let complete = true;
  await Promise.all(
    paths.map(async (path) => {
      try {
        // Without cookies: a kept page is the page anybody gets, never one rendered from this
        // respondent's answers cookie.
        const response = await fetch(path, { credentials: "omit", cache: "no-store", redirect: "follow" });
        if (!response.ok || response.redirected || !(response.headers.get("content-type") || "").includes("text/html")) {
          complete = false;
          return;
        }
        for (const asset of assetsOf(await response.clone().text())) assets.add(asset);
        await pages.put(path, response);
      } catch {
        complete = false;
      }
    }),
  );
  // Scripts name the chunks they load on demand (the rules behind Continue, the outbox):
  // those are kept too, following the names until no new one appears.
  // A file named only inside a script may be a false match: it does not make the pages incomplete.
  let round = [...assets];
  let fromHtml = true;
  while (round.length > 0) {
    const required = fromHtml;
    const named = [];
    await Promise.all(
      round.map(async (asset) => {
        try {
          let response = await statics.match(asset);
          if (!response) {
            const fetched = await fetch(asset, { credentials: "same-origin" });
            if (!fetched.ok) {
              if (required) complete = false;
              return;
            }
            await statics.put(asset, fetched.clone());
            response = fetched;
          }
          if (asset.endsWith(".js")) for (const more of assetsOf(await response.text())) if (!assets.has(more)) named.push(more);
        } catch {
          if (required) complete = false;
        }
      }),
    );
    fromHtml = false;
    round = [...new Set(named)].filter((asset) => !assets.has(asset));
    for (const asset of round) assets.add(asset);
  }
  // New wording: drop the old version's pages once this one's are all kept.
  if (complete) {
    for (const name of await caches.keys()) {
      if (name.startsWith(PAGES_PREFIX) && name !== pagesName) await caches.delete(name);
    }
  }
  // A new build names new files: drop the old build's once this one is fully kept.
  if (complete) {
    for (const request of await statics.keys()) {
      const { pathname, search } = new URL(request.url);
      if (!assets.has(pathname + search)) await statics.delete(request);
    }
  }
  return complete;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/_next/static/")) {
    event.respondWith(cacheFirst(request, url.pathname));
    return;
  }
  if (url.pathname.startsWith("/generated/") && url.searchParams.has("v")) {
    event.respondWith(cacheFirst(request, url.pathname + url.search));
    return;
  }
  if (!RESPONDENT_PAGE.test(url.pathname)) return;
  if (request.headers.get("RSC") === "1" || url.searchParams.has("_rsc")) {
    event.respondWith(fetch(request).catch(() => Response.error()));
    return;
  }
  if (request.mode === "navigate") event.respondWith(networkFirst(request, url));
});

async function cacheFirst(request, path) {
  const statics = await caches.open(STATIC);
  const kept = await statics.match(path);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await statics.put(path, response.clone());
  return response;
}

async function networkFirst(request, url) {
  const pages = await caches.open(await currentPagesName());
  const path = url.pathname.replace(/\/$/, "") || "/";
  // While a new version's pages are being kept, the previous version's copy still answers.
  const kept = (await pages.match(path)) ?? (await caches.match(path));
  // A page the respondent opens is never kept: it may be rendered from the answers cookie
  // (the form's fields filled in). Only precache() writes the kept copies, fetched without
  // cookies, so they hold nobody's answers.
  const network = fetch(request);
  if (!kept) return network;
  // With a kept copy, a network that fails or hangs on a bad connection is not waited for.
  const slow = new Promise((resolve) => setTimeout(() => resolve(kept), SLOW_NETWORK_MS));
  return Promise.race([network.catch(() => kept), slow]);
}
