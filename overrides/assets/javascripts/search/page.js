/*
 * Search, on the page: the result styles (search.css) are fetched on the first focus of the
 * search box (or the search shortcut opening it), so no page waits for them before it renders.
 * The search data is loaded by the worker (assets/javascripts/search/worker.js, published in
 * place of Material's) on the first query. Not prefetched here on focus: Chromium does not
 * reuse a page's prefetch for a worker's importScripts when the server asks to revalidate,
 * and a learner would pay for the data twice.
 */
(function () {
  "use strict";

  var box = document.querySelector("input.md-search__input");
  var toggle = document.querySelector("[data-md-toggle=search]");
  if (!box) return;
  var started = false;

  function root() {
    try {
      return new URL((JSON.parse(document.getElementById("__config").textContent).base || ".") + "/", location.href);
    } catch (e) {
      return new URL("./", location.href);
    }
  }

  function link(rel, href) {
    var el = document.createElement("link");
    el.rel = rel;
    el.href = href;
    document.head.appendChild(el);
  }

  function start() {
    if (started) return;
    started = true;
    link("stylesheet", new URL("assets/stylesheets/search.css", root()).href);
  }

  box.addEventListener("focus", start);
  if (toggle) toggle.addEventListener("change", function () { if (toggle.checked) start(); });
})();
