/* 404 page: point Material's base and search worker at the root found above. */
(function () {
  var el = document.getElementById("__config");
  var config = JSON.parse(el.textContent);
  config.base = new URL(".", document.baseURI).href;
  config.search = new URL(config.search.replace(/^\//, ""), document.baseURI).href;
  el.textContent = JSON.stringify(config);
})();
