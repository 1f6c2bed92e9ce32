/* 404 page: find the site's root under any path prefix (see build_tools/release/notfound.py).
   Walks up the requested path; the first folder serving build-info.json is the root. */
(function () {
  var parts = location.pathname.split("/");
  parts.pop();
  for (var n = parts.length; n >= 1; n--) {
    var root = parts.slice(0, n).join("/") + "/";
    try {
      var xhr = new XMLHttpRequest();
      xhr.open("GET", root + "build-info.json", false);
      xhr.send();
      if (xhr.status === 200 && JSON.parse(xhr.responseText).program) {
        var base = document.createElement("base");
        base.href = root;
        document.head.appendChild(base);
        return;
      }
    } catch (e) { /* not this folder */ }
  }
})();
