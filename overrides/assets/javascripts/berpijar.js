/* ASN Berpijar: self-check quizzes, "tandai selesai" and progress, all on the learner's device.
 *
 * Plain script, no dependencies, no network. Works from file://, under any path prefix, with
 * plain page loads and with Material's instant navigation (document$) alike: clicks are
 * handled by listeners on the document, bound once, and each new page is only re-rendered.
 * Progress is one localStorage key holding a JSON list of materi ids. A corrupt value counts
 * as "nothing done yet"; if storage is unavailable, marks last while the page stays open. */
(() => {
  "use strict";

  if (window.berpijar) return; // the script ran before: its listeners are already there

  const KEY = "berpijar:selesai";
  let memory = null; // the list of ids when localStorage cannot be used
  const stored = () => (memory === null);

  function readDone() {
    if (!stored()) return memory.slice();
    let raw;
    try {
      raw = window.localStorage.getItem(KEY);
    } catch {
      memory = [];
      return [];
    }
    try {
      const value = JSON.parse(raw || "[]");
      if (Array.isArray(value)) return value.filter((id) => typeof id === "string");
      if (value && typeof value === "object") return Object.keys(value).filter((id) => value[id]);
    } catch { /* corrupt: start again */ }
    return [];
  }

  function writeDone(ids) {
    ids = [...new Set(ids)].sort();
    if (stored()) {
      try {
        window.localStorage.setItem(KEY, JSON.stringify(ids));
        return;
      } catch { /* full or forbidden: keep the marks in memory */ }
    }
    memory = ids;
  }

  function setDone(id, done) {
    const ids = readDone().filter((other) => other !== id);
    writeDone(done ? [...ids, id] : ids);
  }

  /* ---- the current page, rendered from the stored state ---- */

  // Material's search dialog has no accessible name (axe rule aria-dialog-name); lend it the
  // label of its own input instead of copying Material's template to add one attribute.
  function nameSearchDialog() {
    const dialog = document.querySelector('.md-search[role="dialog"]:not([aria-label])');
    const input = document.querySelector(".md-search__input");
    if (dialog) dialog.setAttribute("aria-label", (input && input.getAttribute("aria-label")) || "Cari");
  }

  function render(root = document, changed = null) {
    nameSearchDialog();
    const done = new Set(readDone());
    root.querySelectorAll(".bp-selesai[data-materi-id]").forEach((marker) => {
      const on = done.has(marker.dataset.materiId);
      const button = marker.querySelector(".bp-tandai");
      const status = marker.querySelector(".bp-selesai__status");
      marker.classList.toggle("bp-selesai--ya", on);
      if (button) {
        button.setAttribute("aria-pressed", String(on));
        button.textContent = on ? "Sudah selesai \u2713" : "Tandai selesai";
      }
      if (status && marker === changed) {
        status.textContent = (on ? "Materi ini ditandai selesai." : "Tanda selesai dihapus.") +
          (stored() ? "" : " Peramban tidak mengizinkan penyimpanan, jadi tanda ini hanya berlaku" +
            " selama halaman ini dibuka.");
      }
    });
    root.querySelectorAll(".bp-progres[data-materi-ids]").forEach((el) => {
      const ids = el.dataset.materiIds.split(/\s+/).filter(Boolean);
      const count = ids.filter((id) => done.has(id)).length;
      el.textContent = `${count}/${ids.length} ${el.dataset.label || "materi selesai"}`;
      el.classList.toggle("bp-progres--lengkap", ids.length > 0 && count === ids.length);
      el.hidden = false;
    });
  }

  /* ---- quiz ---- */

  function clearVerdict(soal) {
    soal.classList.remove("bp-soal--benar", "bp-soal--salah");
    soal.querySelectorAll(".bp-pilihan").forEach((label) =>
      label.classList.remove("bp-pilihan--benar", "bp-pilihan--salah", "bp-pilihan--kunci"));
    const feedback = soal.querySelector(".bp-umpan");
    if (feedback) feedback.textContent = "";
  }

  function check(soal) {
    const feedback = soal.querySelector(".bp-umpan");
    const radios = [...soal.querySelectorAll("input[type=radio]")];
    const chosen = radios.find((input) => input.checked);
    const right = radios.find((input) => input.value === soal.dataset.jawaban);
    const rightLabel = right && right.closest(".bp-pilihan");
    clearVerdict(soal);
    if (!chosen) {
      feedback.textContent = "Pilih salah satu jawaban terlebih dahulu.";
      return;
    }
    const correct = chosen === right;
    soal.classList.add(correct ? "bp-soal--benar" : "bp-soal--salah");
    chosen.closest(".bp-pilihan").classList.add(correct ? "bp-pilihan--benar" : "bp-pilihan--salah");
    if (correct) {
      feedback.textContent = "Benar.";
    } else {
      feedback.textContent = "Belum tepat.";
      if (rightLabel) {
        rightLabel.classList.add("bp-pilihan--kunci");
        const text = rightLabel.textContent.replace(/\s+/g, " ").trim();
        feedback.textContent += ` Jawaban yang tepat: \u201c${text}\u201d.`;
      }
    }
    const explanation = soal.querySelector(".bp-pembahasan");
    if (explanation) explanation.hidden = false;
  }

  /* ---- wiring: bound once on the document, for every page this tab shows ---- */

  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element && event.target.closest(".bp-periksa, .bp-tandai");
    if (!button) return;
    if (button.classList.contains("bp-periksa")) {
      const soal = button.closest(".bp-soal");
      if (soal) check(soal);
      return;
    }
    const marker = button.closest(".bp-selesai[data-materi-id]");
    if (!marker) return;
    setDone(marker.dataset.materiId, button.getAttribute("aria-pressed") !== "true");
    render(document, marker);
  });

  // A new choice: the verdict on the old one no longer applies (the pembahasan stays open).
  document.addEventListener("change", (event) => {
    const soal = event.target instanceof Element && event.target.closest(".bp-soal");
    if (soal) clearVerdict(soal);
  });

  // Another tab marked something: keep the counts here up to date.
  window.addEventListener("storage", (event) => {
    if (event.key === KEY || event.key === null) render();
  });

  window.berpijar = Object.freeze({ render });

  // Rendering is idempotent: on load, and again for each page Material's document$ announces.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", () => render());
  } else {
    render();
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(() => render());
  }
})();
