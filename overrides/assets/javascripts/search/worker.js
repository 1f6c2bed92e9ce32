/*
 * Berpijar search worker. The build puts this file where Material's own search worker was
 * (assets/javascripts/workers/search.*.min.js), so Material's search box, result list and
 * keyboard handling stay as they are and talk to it with Material's messages:
 *   {type: 0 SETUP, data: {config}}  ->  {type: 1 READY}     (nothing loaded yet)
 *   {type: 2 QUERY, data: "text"}    ->  {type: 3 RESULT, data: {items: [[doc], ...]}}
 *
 * Nothing is downloaded until the first real query: then the stemmer, the engine, the page
 * table (search/berpijar/docs.js) and only the index parts the query's words need. Everything
 * is loaded with importScripts, which works in a real worker (served over http) and in
 * Material's iframe-worker shim (opened from file://, where importScripts returns a Promise).
 */
(function () {
  "use strict";

  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
  var inFrame = typeof parent !== "undefined" && typeof document !== "undefined" && "IFrameWorker" in parent;
  var here = inFrame ? document.querySelector("script[src]").src : self.location.href;
  var root = new URL("../../../", here);  /* the site root: assets/javascripts/workers/ is 3 deep */
  var data = new URL("search/berpijar/", root);

  var separator = null;
  var engine = null;
  var table = null;
  var parts = {};
  var pending = null;

  self.__bpSearch = function (chunk) {
    if (chunk.part !== undefined) parts[chunk.part] = chunk.terms;
    else table = chunk;
  };

  function load(urls) {
    return Promise.resolve(importScripts.apply(self, urls.map(String)));
  }

  function start() {
    if (!pending) {
      /* lunr.id attaches to a global lunr; the engine needs only its stemmer and word lists. */
      self.lunr = self.lunr || { Pipeline: { registeredFunctions: {}, registerFunction: function () {} } };
      pending = load([
        new URL("assets/javascripts/lunr/min/lunr.id.min.js", root),
        new URL("assets/javascripts/search/engine.js", root),
        new URL("docs.js", data),
      ]).then(function () {
        engine = new self.BerpijarSearch(self.lunr.id, separator);
      });
      pending.catch(function () { pending = null; });
    }
    return pending;
  }

  function result(items) {
    return { type: RESULT, data: { items: items } };
  }

  function search(query) {
    var plan = engine.plan(query, table.parts);
    if (!plan.words.length) return Promise.resolve(result([]));
    var missing = plan.parts.filter(function (k) { return !(k in parts); });
    var loaded = missing.length
      ? load(missing.map(function (k) { return new URL("t/" + self.BerpijarSearch.fileName(k) + ".js", data); }))
      : Promise.resolve();
    return loaded.then(function () {
      var mine = {};
      plan.parts.forEach(function (k) { mine[k] = parts[k] || {}; });
      var items = engine.score(plan, mine).map(function (hit) {
        var doc = table.docs[hit[0]];
        var modul = doc[2] >= 0 ? table.modul[doc[2]] : null;
        var terms = {};
        plan.words.forEach(function (q, i) { terms[q.word] = !!hit[2][i]; });
        var text = "";
        if (modul) {
          text += '<p class="bp-cari-modul"><span class="bp-cari-modul__kode">' +
            engine.highlight(modul[0], plan) + "</span> " + engine.highlight(modul[1], plan) + "</p>";
        }
        if (doc[3]) text += "<p>" + engine.highlight(doc[3], plan) + "</p>";
        return [{ location: doc[0], title: engine.highlight(doc[1], plan), text: text, score: hit[1], terms: terms }];
      });
      return result(items);
    });
  }

  function handle(message) {
    switch (message.type) {
      case SETUP:
        separator = message.data && message.data.config && message.data.config.separator;
        return Promise.resolve({ type: READY });
      case QUERY:
        if (!String(message.data || "").trim()) return Promise.resolve(result([]));
        return start().then(function () { return search(String(message.data)); });
      default:
        return Promise.reject(new TypeError("Invalid message type"));
    }
  }

  addEventListener("message", function (ev) {
    handle(ev.data).then(postMessage, function (error) {
      console.warn("pencarian gagal:", error);
      postMessage(result([]));
    });
  });
})();
