/* 404 page: point Material's base at the root found above (the search worker's address is
   already relative to it, see build_tools/release/notfound.py). */
(function () {
  var el = document.getElementById("__config");
  var config = JSON.parse(el.textContent);
  config.base = new URL(".", document.baseURI).href;
  el.textContent = JSON.stringify(config);
})();
