/* ASN Berpijar: self-check quizzes, "tandai selesai" and progress, all on the learner's device.
 *
 * Plain script, no dependencies, no network. Works from file://, under any path prefix, with
 * plain page loads and with Material's instant navigation (document$) alike: clicks are
 * handled by one delegated listener on the document, and each new page is only re-rendered.
 * Progress is one localStorage key holding a JSON list of materi ids; if storage is
 * unavailable or its value is corrupt, the marks last for this page visit only. */
(function () {
  "use strict";

  if (window.berpijar) return; // loaded twice: the first copy already listens

  var KEY = "berpijar:selesai";
  var memory = null; // the list of ids when localStorage cannot be used
  var persistent = true;

  function readDone() {
    if (memory) return memory.slice();
    var raw = null;
    try {
      raw = window.localStorage.getItem(KEY);
    } catch (e) {
      persistent = false;
      memory = [];
      return [];
    }
    try {
      var value = JSON.parse(raw || "[]");
      if (Array.isArray(value)) {
        return value.filter(function (id) { return typeof id === "string"; });
      }
      if (value && typeof value === "object") { // tolerate {"ID": true, ...}
        return Object.keys(value).filter(function (id) { return value[id]; });
      }
    } catch (e) { /* corrupt: start again */ }
    return [];
  }

  function writeDone(ids) {
    ids = ids.slice().sort();
    if (!memory) {
      try {
        window.localStorage.setItem(KEY, JSON.stringify(ids));
        return;
      } catch (e) {
        persistent = false;
      }
    }
    memory = ids;
  }

  function setDone(id, done) {
    var ids = readDone().filter(function (other) { return other !== id; });
    if (done) ids.push(id);
    writeDone(ids);
  }

  /* ---- rendering of the current page from the stored state ---- */

  function renderProgress(root, done) {
    root.querySelectorAll(".bp-progres[data-materi-ids]").forEach(function (el) {
      var ids = el.getAttribute("data-materi-ids").split(/\s+/).filter(Boolean);
      var count = ids.filter(function (id) { return done.indexOf(id) !== -1; }).length;
      el.textContent = count + "/" + ids.length + " " + (el.getAttribute("data-label") || "materi selesai");
      el.classList.toggle("bp-progres--lengkap", ids.length > 0 && count === ids.length);
      el.hidden = false;
    });
  }

  function renderMarker(marker, done, changed) {
    var on = done.indexOf(marker.getAttribute("data-materi-id")) !== -1;
    var button = marker.querySelector(".bp-tandai");
    var status = marker.querySelector(".bp-selesai__status");
    marker.classList.toggle("bp-selesai--ya", on);
    if (button) {
      button.setAttribute("aria-pressed", on ? "true" : "false");
      button.textContent = on ? "Sudah selesai \u2713" : "Tandai selesai";
    }
    if (status && changed) {
      status.textContent = (on ? "Materi ini ditandai selesai." : "Tanda selesai dihapus.") +
        (persistent ? "" : " Perangkat ini tidak mengizinkan penyimpanan; tanda hanya berlaku selama halaman ini dibuka.");
    }
  }

  function render(root, changed) {
    root = root || document;
    var done = readDone();
    root.querySelectorAll(".bp-selesai[data-materi-id]").forEach(function (marker) {
      renderMarker(marker, done, marker === changed);
    });
    renderProgress(root, done);
  }

  /* ---- quiz ---- */

  function optionText(label) {
    return label.textContent.replace(/\s+/g, " ").trim();
  }

  function clearJudgement(soal) {
    soal.classList.remove("bp-soal--benar", "bp-soal--salah");
    soal.querySelectorAll(".bp-pilihan").forEach(function (label) {
      label.classList.remove("bp-pilihan--benar", "bp-pilihan--salah", "bp-pilihan--kunci");
    });
  }

  function check(soal) {
    var feedback = soal.querySelector(".bp-umpan");
    var chosen = soal.querySelector("input[type=radio]:checked");
    var right = soal.getAttribute("data-jawaban");
    clearJudgement(soal);
    if (!chosen) {
      feedback.textContent = "Pilih salah satu jawaban terlebih dahulu.";
      return;
    }
    var correct = chosen.value === right;
    var rightLabel = null;
    soal.querySelectorAll("input[type=radio]").forEach(function (input) {
      if (input.value === right) rightLabel = input.closest(".bp-pilihan");
    });
    soal.classList.add(correct ? "bp-soal--benar" : "bp-soal--salah");
    chosen.closest(".bp-pilihan").classList.add(correct ? "bp-pilihan--benar" : "bp-pilihan--salah");
    if (correct) {
      feedback.textContent = "Benar.";
    } else {
      if (rightLabel) rightLabel.classList.add("bp-pilihan--kunci");
      feedback.textContent = "Belum tepat." +
        (rightLabel ? " Jawaban yang tepat: \u201c" + optionText(rightLabel) + "\u201d." : "");
    }
    var explanation = soal.querySelector(".bp-pembahasan");
    if (explanation) explanation.hidden = false;
  }

  /* ---- wiring: one listener each on the document, for every page this tab shows ---- */

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var button = target && target.closest(".bp-periksa, .bp-tandai");
    if (!button) return;
    if (button.classList.contains("bp-periksa")) {
      var soal = button.closest(".bp-soal");
      if (soal) check(soal);
      return;
    }
    var marker = button.closest(".bp-selesai[data-materi-id]");
    if (!marker) return;
    setDone(marker.getAttribute("data-materi-id"), button.getAttribute("aria-pressed") !== "true");
    render(document, marker);
  });

  document.addEventListener("change", function (event) {
    var soal = event.target instanceof Element && event.target.closest(".bp-soal");
    if (!soal) return;
    clearJudgement(soal); // a new choice: the old verdict no longer applies
    var feedback = soal.querySelector(".bp-umpan");
    if (feedback) feedback.textContent = "";
  });

  // Another tab marked something: keep the numbers here up to date.
  window.addEventListener("storage", function (event) {
    if (event.key === KEY || event.key === null) render(document);
  });

  window.berpijar = { render: render, key: KEY };

  // Rendering is idempotent, so doing it on load and again for Material's document$ is safe.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { render(document); });
  } else {
    render(document);
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(function () { render(document); }); // instant navigation
  }
})();
