/*
 * "Baca tanpa sinyal" in the page: on every page, once a learner has kept the site, ask the
 * service worker (sw.js at the site root) to fetch a new release in the background and say so
 * when it is in; on the "Baca tanpa sinyal" page (an element #bp-offline), the buttons to keep
 * the whole site or chosen modul, with sizes before starting and progress while storing.
 *
 * Does nothing where service workers cannot run (file://, old browsers, blocked storage) except
 * say so on the "Baca tanpa sinyal" page. Learners' progress marks (localStorage) are untouched.
 */
(function () {
  "use strict";

  var FLAG = "berpijar-offline";
  var panel = document.getElementById("bp-offline");

  function flag(value) {
    try {
      if (value === undefined) return localStorage.getItem(FLAG);
      if (value === null) localStorage.removeItem(FLAG);
      else localStorage.setItem(FLAG, value);
    } catch (e) {
      return null;
    }
    return value;
  }

  function root() {
    var config = document.getElementById("__config");
    var base = ".";
    try { base = JSON.parse(config.textContent).base || "."; } catch (e) { /* keep "." */ }
    return new URL(base.replace(/\/?$/, "/"), location.href).href;
  }

  function mb(bytes) {
    return (bytes / 1e6).toLocaleString("id-ID", { maximumFractionDigits: 1, minimumFractionDigits: 1 }) + " MB";
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* The styles are needed only on the "Baca tanpa sinyal" page and for the notice: loaded
     then, so no other page waits for them. */
  var styled = false;
  function style() {
    if (styled) return;
    styled = true;
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = new URL("assets/stylesheets/offline.css", root()).href;
    document.head.appendChild(link);
  }

  function notice(text) {
    style();
    var box = document.querySelector(".bp-offline-pesan");
    if (!box) {
      box = el("div", { "class": "bp-offline-pesan", role: "status" });
      document.body.appendChild(box);
    }
    box.textContent = text;
    setTimeout(function () { box.remove(); }, 8000);
  }

  if (panel) style();

  var supported = "serviceWorker" in navigator && /^https?:$/.test(location.protocol) && window.isSecureContext;

  /* Where this copy cannot be kept through the browser, say why in the panel; the lines on
     how keeping works (sizes, updates) would only mislead, so they go. */
  function cannotKeep(text) {
    panel.textContent = text;
    var how = document.getElementById("bp-offline-cara");
    if (how) how.hidden = true;
  }

  if (!supported) {
    if (panel) {
      cannotKeep(location.protocol === "file:"
        ? "Anda sedang membuka salinan situs dari berkas di perangkat: semua halaman sudah dapat dibaca tanpa sinyal."
        : "Peramban ini tidak dapat menyimpan situs (service worker tidak tersedia). Gunakan berkas zip di bawah.");
    }
    return;
  }

  var ROOT = root();
  var registration = null;

  function register() {
    return navigator.serviceWorker.register(ROOT + "sw.js", { scope: ROOT }).then(function (r) {
      registration = r;
      return navigator.serviceWorker.ready;
    });
  }

  function send(message) {
    return register().then(function (r) {
      var worker = r.active || registration.active || registration.waiting || registration.installing;
      if (worker) worker.postMessage(message);
    });
  }

  var listeners = [];
  navigator.serviceWorker.addEventListener("message", function (event) {
    var data = event.data || {};
    if (data.type === "kept") flag(data.version);
    if (data.type === "kept" && data.update) {
      notice("Versi baru situs sudah tersimpan di perangkat Anda untuk dibaca tanpa sinyal.");
    }
    if (data.type === "status" && !data.state) flag(null);
    listeners.forEach(function (fn) { fn(data); });
  });

  /* A kept site checks for a new release once per visit, in the background. */
  if (flag() && navigator.onLine) {
    var checked = false;
    try { checked = sessionStorage.getItem(FLAG + "-checked") === ROOT; } catch (e) { checked = false; }
    if (!checked) {
      try { sessionStorage.setItem(FLAG + "-checked", ROOT); } catch (e) { /* check again next page */ }
      window.addEventListener("load", function () { send({ type: "check" }); });
    } else {
      register();
    }
  }

  if (!panel) return;

  /* ---- the "Baca tanpa sinyal" page ---------------------------------------------------- */

  var BLOCKED = "Peramban ini tidak dapat menyimpan situs (service worker tidak tersedia atau diblokir). Gunakan berkas zip di bawah.";
  panel.textContent = "Memuat daftar berkas…";
  /* A copy without the manifest (a ZIM file in Kiwix, which keeps every page on the device
     already) answers 404: that is not a missing signal. */
  fetch(ROOT + "offline-manifest.json", { cache: "no-cache" })
    .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
    .then(build, function (status) {
      if (status === 404) {
        cannotKeep("Salinan situs ini tidak menyimpan halaman lewat peramban. Bila Anda membukanya di aplikasi baca luring seperti Kiwix, seluruh isinya sudah tersimpan di perangkat Anda dan dapat dibaca tanpa sinyal.");
      } else {
        panel.textContent = "Daftar berkas tidak dapat dimuat. Coba lagi saat ada sinyal.";
      }
    });

  /* The worker is registered only when the learner keeps something; one that never becomes
     ready (blocked by policy or settings) counts as blocked. */
  function keep(modul, status, busy) {
    var late = new Promise(function (resolve, reject) { setTimeout(reject, 10000); });
    Promise.race([send({ type: "keep", modul: modul }), late]).catch(function () {
      busy(false);
      status.textContent = BLOCKED;
    });
  }

  function build(m) {
    var common = 0, perModul = m.modul.map(function () { return 0; }), all = 0;
    m.files.forEach(function (f) {
      all += f[1];
      if (f[2] < 0) common += f[1]; else perModul[f[2]] += f[1];
    });
    panel.textContent = "";

    var status = el("p", { "class": "bp-offline__status", role: "status", "aria-live": "polite" });
    var progress = el("progress", { "class": "bp-offline__progress", max: "1", value: "0", hidden: "" });
    var keepAll = el("button", { type: "button", "class": "md-button md-button--primary bp-offline__semua" },
      "Simpan seluruh situs (" + mb(all) + ")");

    var form = el("fieldset", { "class": "bp-offline__modul" });
    form.appendChild(el("legend", {}, "Pilih modul (halaman umum " + mb(common) + " ikut tersimpan):"));
    m.modul.forEach(function (mod, i) {
      var label = el("label");
      var box = el("input", { type: "checkbox", value: mod[0] });
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + mod[1] + " · " + mod[2] + " (" + mb(perModul[i]) + ")"));
      form.appendChild(label);
    });
    var keepSome = el("button", { type: "button", "class": "md-button bp-offline__pilihan" }, "Simpan modul terpilih");
    var forget = el("button", { type: "button", "class": "md-button bp-offline__hapus", hidden: "" }, "Hapus salinan dari perangkat");

    function picked() {
      return Array.prototype.map.call(form.querySelectorAll("input:checked"), function (b) { return b.value; });
    }
    function pickedSize() {
      return picked().reduce(function (n, folder) {
        var i = m.modul.findIndex(function (mod) { return mod[0] === folder; });
        return n + perModul[i];
      }, common);
    }
    form.addEventListener("change", function () {
      keepSome.textContent = "Simpan modul terpilih (" + mb(pickedSize()) + ")";
    });
    function busy(on) {
      keepAll.disabled = keepSome.disabled = on;
      progress.hidden = !on;
    }
    keepAll.addEventListener("click", function () {
      busy(true);
      status.textContent = "Menyimpan " + mb(all) + "…";
      keep("all", status, busy);
    });
    keepSome.addEventListener("click", function () {
      var list = picked();
      if (!list.length) { status.textContent = "Pilih sedikitnya satu modul."; return; }
      busy(true);
      status.textContent = "Menyimpan " + mb(pickedSize()) + "…";
      keep(list, status, busy);
    });
    forget.addEventListener("click", function () { send({ type: "forget" }); });

    listeners.push(function (data) {
      if (data.type === "progress") {
        progress.value = data.bytes / (data.totalBytes || 1);
        status.textContent = (data.update ? "Memperbarui salinan: " : "Menyimpan: ") +
          data.done + " dari " + data.total + " berkas (" + mb(data.bytes) + " dari " + mb(data.totalBytes) + ")";
      } else if (data.type === "kept") {
        busy(false);
        send({ type: "status" });
      } else if (data.type === "failed") {
        busy(false);
        status.textContent = "Penyimpanan terhenti (" + data.reason + "). Salinan lama, bila ada, tetap dipakai. Coba lagi saat ada sinyal.";
        send({ type: "status" });
      } else if (data.type === "status") {
        forget.hidden = !data.state;
        if (data.state) {
          var which = data.state.modul === "all" ? "seluruh situs" : data.state.modul.length + " modul";
          status.textContent = "Tersimpan di perangkat ini: " + which + ", " + data.state.files + " berkas (" +
            mb(data.state.bytes) + "), versi " + data.state.version + ". Halaman, pencarian, dan kuis dapat dibuka tanpa sinyal." +
            (data.failed ? " Pembaruan terakhir terhenti (" + data.failed + "); salinan ini tetap dipakai." : "");
        } else if (!data.busy) {
          status.textContent = "Belum ada salinan di perangkat ini.";
        }
      }
    });

    var actions = el("p", { "class": "bp-offline__aksi" });
    actions.appendChild(keepAll);
    panel.appendChild(actions);
    panel.appendChild(progress);
    panel.appendChild(status);
    /* A long list at a national catalogue: folded until asked for. */
    var fold = el("div", { "class": "bp-offline__pilih", id: "bp-offline-pilih", hidden: "" });
    var open = el("button", { type: "button", "class": "md-button bp-offline__buka",
                              "aria-expanded": "false", "aria-controls": "bp-offline-pilih" },
      "Simpan hanya modul tertentu…");
    open.addEventListener("click", function () {
      fold.hidden = !fold.hidden;
      open.setAttribute("aria-expanded", String(!fold.hidden));
    });
    fold.appendChild(form);
    var pick = el("p", { "class": "bp-offline__aksi" });
    pick.appendChild(keepSome);
    fold.appendChild(pick);
    var opener = el("p", { "class": "bp-offline__aksi" });
    opener.appendChild(open);
    panel.appendChild(opener);
    panel.appendChild(fold);
    var more = el("p", { "class": "bp-offline__aksi" });
    more.appendChild(forget);
    panel.appendChild(more);

    var zip = document.getElementById("bp-offline-zip");
    if (zip && m.bundle && m.bundle.length) {
      zip.textContent = "";
      m.bundle.forEach(function (b) {
        var p = el("p");
        p.appendChild(el("a", { href: ROOT + b.path, download: "" }, "Unduh " + b.path + " (" + mb(b.size) + ")"));
        p.appendChild(el("br"));
        p.appendChild(el("small", {}, "SHA-256: " + b.sha256));
        zip.appendChild(p);
      });
    }
    navigator.serviceWorker.getRegistration(ROOT).then(function (r) {
      if (r && r.active) r.active.postMessage({ type: "status" });
      else status.textContent = "Belum ada salinan di perangkat ini.";
    });
  }
})();
