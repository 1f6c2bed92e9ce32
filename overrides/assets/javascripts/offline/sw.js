/*
 * Berpijar offline service worker: keeps one release of the site (or chosen modul) on the
 * learner's device, and serves it with no network. Published as sw.js at the site root, so
 * its scope is the whole site under whatever path prefix the site is served.
 *
 * A small worker of our own rather than Workbox: what it must do is narrow and specific (store
 * exactly the files of offline-manifest.json, chosen modul only if asked, report progress,
 * switch caches only when a release is complete) and Workbox's precaching would need its own
 * build step to inject a manifest and still not give per-modul selection or progress.
 *
 * Caches: "berpijar-<version>-<time>" holds one complete copy; "berpijar-state" holds
 * state.json naming the cache to serve. A copy being stored is never named there until its
 * last file is in, so a half-stored copy is never served; an update is stored beside the old
 * copy, which is deleted after the switch. Unchanged files are copied from the old cache.
 *
 * Messages from pages: {type: "keep", modul: "all" | [folder, ...]}, {type: "check"} (update in
 * the background if a new release is out), {type: "status"}, {type: "forget"}. To pages:
 * {type: "progress", done, total, bytes, totalBytes}, {type: "kept", version, update},
 * {type: "failed", reason}, {type: "status", state}.
 */
"use strict";

var SCOPE = self.registration.scope;
var STATE_CACHE = "berpijar-state";
var STATE_URL = SCOPE + "__berpijar-state.json";
var PREFIX = "berpijar-";
var PARALLEL = 4;
var state = null;
var loaded = null;
var known = false;   /* state has been read since the worker started */
var busy = null;
var failure = null;  /* why the last store stopped, until one succeeds */

function loadState() {
  if (!loaded) {
    loaded = caches.open(STATE_CACHE)
      .then(function (c) { return c.match(STATE_URL); })
      .then(function (r) { return r ? r.json() : null; })
      .then(function (s) { state = s; known = true; return s; }, function () { return null; });
  }
  return loaded;
}

function saveState(s) {
  state = s;
  known = true;
  loaded = Promise.resolve(s);
  return caches.open(STATE_CACHE).then(function (c) {
    return s ? c.put(STATE_URL, new Response(JSON.stringify(s), { headers: { "Content-Type": "application/json" } }))
             : c.delete(STATE_URL);
  });
}

function tell(message) {
  return self.clients.matchAll({ includeUncontrolled: true }).then(function (list) {
    list.forEach(function (client) { client.postMessage(message); });
  });
}

function manifest() {
  return fetch(SCOPE + "offline-manifest.json", { cache: "no-store" }).then(function (r) {
    if (!r.ok) throw new Error("offline-manifest.json: " + r.status);
    return r.json();
  });
}

/* The files of a manifest a selection needs: what every page needs, plus the chosen modul. */
function chosen(m, modul) {
  var wanted = {};
  if (modul !== "all") modul.forEach(function (folder) { wanted[folder] = true; });
  return m.files.filter(function (f) {
    return modul === "all" || f[2] < 0 || wanted[m.modul[f[2]][0]];
  });
}

function store(modul, update) {
  var old = state;
  return manifest().then(function (m) {
    var files = chosen(m, modul);
    var totalBytes = files.reduce(function (n, f) { return n + f[1]; }, 0);
    var name = PREFIX + m.version + "-" + Date.now();
    var previous = old && old.cache;
    var hashes = (old && old.hashes) || {};
    var done = 0, bytes = 0, next = 0;
    return Promise.all([caches.open(name), previous ? caches.open(previous) : null]).then(function (opened) {
      var cache = opened[0], before = opened[1];
      function one(f) {
        var url = SCOPE + f[0];
        var reuse = before && hashes[f[0]] === f[3] ? before.match(url) : Promise.resolve(null);
        return reuse.then(function (hit) {
          return hit || fetch(url, { cache: "no-cache" }).then(function (r) {
            if (!r.ok) throw new Error(f[0] + ": " + r.status);
            return r;
          });
        }).then(function (r) { return cache.put(url, r); }).then(function () {
          done += 1;
          bytes += f[1];
          if (!stopped && (done % 10 === 0 || done === files.length)) {
            tell({ type: "progress", done: done, total: files.length, bytes: bytes, totalBytes: totalBytes, update: update });
          }
        });
      }
      /* The first failure stops every lane; the copy is given up once all have settled. */
      var stopped = null;
      function lane() {
        if (stopped || next >= files.length) return Promise.resolve();
        return one(files[next++]).then(lane, function (error) { stopped = stopped || error; });
      }
      var lanes = [];
      for (var i = 0; i < PARALLEL; i++) lanes.push(lane());
      return Promise.all(lanes).then(function () {
        if (stopped) throw stopped;
        var hashesNow = {};
        files.forEach(function (f) { hashesNow[f[0]] = f[3]; });
        return saveState({ cache: name, version: m.version, modul: modul, files: files.length,
                           bytes: totalBytes, hashes: hashesNow, kept: new Date().toISOString() });
      }).then(function () {
        return caches.keys().then(function (keys) {
          return Promise.all(keys.filter(function (k) { return k.indexOf(PREFIX) === 0 && k !== name && k !== STATE_CACHE; })
            .map(function (k) { return caches.delete(k); }));
        });
      }).then(function () {
        return tell({ type: "kept", version: m.version, update: !!update });
      }, function (error) {
        caches.delete(name);
        throw error;
      });
    });
  });
}

function run(job) {
  if (busy) return busy;
  busy = job().then(function () { failure = null; }, function (error) {
    failure = String(error && error.message || error);
    return tell({ type: "failed", reason: failure });
  }).then(function () { busy = null; });
  return busy;
}

self.addEventListener("install", function () { self.skipWaiting(); });
self.addEventListener("activate", function (event) { event.waitUntil(self.clients.claim()); });

self.addEventListener("message", function (event) {
  var data = event.data || {};
  var work = loadState().then(function () {
    switch (data.type) {
      case "keep":
        return run(function () { return store(data.modul === "all" ? "all" : (data.modul || []), false); });
      case "check":
        if (!state || busy) return null;
        return manifest().then(function (m) {
          if (m.version !== state.version) return run(function () { return store(state.modul, true); });
          return null;
        }).catch(function () { return null; });  /* no signal: keep what is kept */
      case "forget":
        return caches.keys().then(function (keys) {
          return Promise.all(keys.filter(function (k) { return k.indexOf(PREFIX) === 0; })
            .map(function (k) { return caches.delete(k); }));
        }).then(function () {
          state = null;
          loaded = null;
          return tell({ type: "status", state: null });
        }).then(function () { return self.registration.unregister(); });
      case "status":
        return tell({ type: "status", state: state && { version: state.version, modul: state.modul,
                                                      files: state.files, bytes: state.bytes, kept: state.kept },
                      busy: !!busy, failed: failure });
      default:
        return null;
    }
  });
  event.waitUntil(work);
});

var MISSING = "<!doctype html><html lang=\"id\"><meta charset=\"utf-8\"><meta name=\"viewport\" " +
  "content=\"width=device-width,initial-scale=1\"><title>Belum tersimpan</title><body style=\"" +
  "font-family:sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5\">" +
  "<h1>Halaman ini belum tersimpan</h1><p>Perangkat Anda sedang tanpa sinyal, dan halaman ini " +
  "tidak termasuk salinan yang Anda simpan.</p><p><a href=\"" + SCOPE + "index.html\">Kembali ke Beranda</a>" +
  " · <a href=\"" + SCOPE + "baca-tanpa-sinyal.html\">Baca tanpa sinyal</a></p></body></html>";

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || request.url.indexOf(SCOPE) !== 0) return;
  var url = request.url.split("#")[0].split("?")[0];
  if (url === SCOPE + "sw.js" || url === SCOPE + "offline-manifest.json") return;
  if (url.charAt(url.length - 1) === "/") url += "index.html";
  if (known && state === null) return;  /* nothing kept: the browser fetches as usual */
  event.respondWith(loadState().then(function (s) {
    var kept = s ? caches.open(s.cache).then(function (c) { return c.match(url); }) : Promise.resolve(null);
    return kept.then(function (hit) {
      if (hit) return hit;
      return fetch(request).catch(function (error) {
        if (s && request.mode === "navigate") {
          return new Response(MISSING, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
        }
        throw error;
      });
    });
  }));
});
