/* ASN Berpijar: self-check quizzes, "tandai selesai" and progress, all on the learner's device.
 *
 * Plain script, no dependencies, no network. Works from file://, under any path prefix, with
 * plain page loads and with Material's instant navigation (document$) alike: clicks are
 * handled by listeners on the document, bound once, and each new page is only re-rendered.
 * Progress is one localStorage key holding a JSON list of materi ids. A corrupt value counts
 * as "nothing done yet"; if storage is unavailable, marks last while the page stays open.
 * A second key remembers the modul opened last, for Beranda's "Lanjutkan". */
(() => {
  "use strict";

  if (window.berpijar) return; // the script ran before: its listeners are already there

  const KEY = "berpijar:selesai";
  const LAST = "berpijar:terakhir"; // the modul whose page was opened last (readLast)
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
    // Announce the mark: an exported SCORM package reports it to the LMS (berpijar-scorm.js).
    document.dispatchEvent(new CustomEvent("berpijar:selesai", { detail: { id, done } }));
  }

  // {modul: folder, halaman: {"01": "01-slug.html", ...}}: the modul opened last and the file
  // of each of its materi, read from the navigation of that modul's pages.
  function readLast() {
    try {
      const value = JSON.parse(window.localStorage.getItem(LAST) || "null");
      if (value && typeof value.modul === "string") return value;
    } catch { /* corrupt or no storage: no "Lanjutkan" */ }
    return null;
  }

  // A modul, materi or RBPMP page names its modul: remember it for Beranda.
  function recordLast() {
    const here = document.querySelector("[data-bp-modul][data-bp-kode]");
    if (!here) return;
    const halaman = {};
    navMateri(document, here.dataset.bpModul).forEach(([nomor, , file]) => { halaman[nomor] = file; });
    try {
      window.localStorage.setItem(LAST, JSON.stringify({ modul: here.dataset.bpModul, halaman }));
    } catch { /* no storage: Beranda simply shows no "Lanjutkan" */ }
  }

  // The navigation's links to the materi of a modul: [nomor "01", link, file name].
  function navMateri(root, folder) {
    const out = [];
    root.querySelectorAll(".md-nav--primary a.md-nav__link[href]").forEach((a) => {
      const path = new URL(a.getAttribute("href"), window.location.href).pathname;
      const match = path.includes(`/${folder}/`) && /\/((\d+)-[^/]*\.html)$/.exec(path);
      if (match) out.push([match[2], a, match[1]]);
    });
    return out;
  }

  /* ---- the current page, rendered from the stored state ---- */

  // Beranda: the first unfinished materi of the modul opened last, from that modul's card
  // (its materi ids in order) and the files remembered when its pages were opened.
  function renderContinue(root, done) {
    const box = root.querySelector(".bp-lanjutkan");
    if (!box) return;
    const last = readLast();
    const card = last && [...root.querySelectorAll("li[data-bp-modul]")]
      .find((li) => li.dataset.bpModul === last.modul);
    const link = card && card.querySelector("a[href]");
    const chip = card && card.querySelector(".bp-progres[data-materi-ids]");
    if (!link || !chip) {
      box.hidden = true;
      return;
    }
    const ids = chip.dataset.materiIds.split(/\s+/).filter(Boolean);
    const next = ids.findIndex((id) => !done.has(id));
    const file = next === -1 ? null : (last.halaman || {})[ids[next].split("/").pop()];
    const title = link.textContent.trim();
    const text = document.createElement("p");
    const button = document.createElement("a");
    button.className = "md-button md-button--primary";
    button.href = link.getAttribute("href");
    if (next === -1) {
      text.textContent = `Semua materi pokok ${title} sudah Anda tandai selesai.`;
      button.textContent = "Buka modul ini";
    } else {
      text.append("Terakhir Anda membuka ");
      const strong = document.createElement("strong");
      strong.textContent = title;
      text.append(strong, `. Materi pokok berikutnya: ${next + 1} dari ${ids.length}.`);
      if (file) button.href = button.href.replace(/index\.html$/, "") + file;
      button.textContent = "Lanjutkan belajar";
    }
    box.replaceChildren(text, button);
    box.hidden = false;
  }

  // The navigation of a modul's pages: a check mark after each finished materi.
  function markNav(root, done) {
    const here = root.querySelector("[data-bp-modul][data-bp-kode]");
    root.querySelectorAll(".bp-nav-selesai").forEach((mark) => mark.remove());
    if (!here) return;
    navMateri(root, here.dataset.bpModul).forEach(([nomor, a]) => {
      if (!done.has(`${here.dataset.bpKode}/${nomor}`)) return;
      const mark = document.createElement("span");
      mark.className = "bp-nav-selesai";
      mark.setAttribute("aria-hidden", "true");
      mark.textContent = "\u2713";
      const label = document.createElement("span");
      label.className = "bp-sr bp-nav-selesai";
      label.textContent = " (selesai)";
      (a.querySelector(".md-ellipsis") || a).append(mark, label);
    });
  }

  // Once per page: the materi summary open where there is room (closed on a phone, so the
  // content starts on the first screen), and diagrams linked to themselves to open full size.
  function prepare(root) {
    const article = root.querySelector(".md-content article");
    if (!article || article.dataset.bpSiap) return;
    article.dataset.bpSiap = "1";
    if (window.matchMedia && window.matchMedia("(min-width: 60em)").matches) {
      article.querySelectorAll("details.bp-ringkas").forEach((d) => { d.open = true; });
    }
    article.querySelectorAll("img[src]").forEach((img) => {
      if (img.closest("a") || !/\.svg(\?|#|$)/i.test(img.getAttribute("src"))) return;
      const a = document.createElement("a");
      a.className = "bp-gambar";
      a.href = img.getAttribute("src");
      const hint = document.createElement("span");
      hint.className = "bp-gambar__petunjuk";
      hint.textContent = "Buka gambar ukuran penuh";
      img.replaceWith(a);
      a.append(img, hint);
    });
  }

  // Material's search dialog has no accessible name (axe rule aria-dialog-name); lend it the
  // label of its own input instead of copying Material's template to add one attribute.
  function nameSearchDialog() {
    const dialog = document.querySelector('.md-search[role="dialog"]:not([aria-label])');
    const input = document.querySelector(".md-search__input");
    if (dialog) dialog.setAttribute("aria-label", (input && input.getAttribute("aria-label")) || "Cari");
  }

  // A table wider than the screen scrolls inside Material's wrapper: keyboard users must be
  // able to focus that region to scroll it (axe: scrollable-region-focusable).
  function focusableScroll(root) {
    root.querySelectorAll(".md-typeset__scrollwrap").forEach((wrap) => {
      const scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
      if (scrolls && !wrap.hasAttribute("tabindex")) {
        wrap.tabIndex = 0;
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", "Tabel (dapat digeser)");
      } else if (!scrolls && wrap.getAttribute("role") === "region") {
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("role");
        wrap.removeAttribute("aria-label");
      }
    });
  }

  function render(root = document, changed = null) {
    nameSearchDialog();
    prepare(root);
    focusableScroll(root);
    const done = new Set(readDone());
    renderContinue(root, done);
    markNav(root, done);
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

  // Paper shows the whole materi summary, folded or not.
  window.addEventListener("beforeprint", () => {
    document.querySelectorAll("details.bp-ringkas:not([open])").forEach((d) => {
      d.open = true;
      d.dataset.bpDibuka = "cetak";
    });
  });
  window.addEventListener("afterprint", () => {
    document.querySelectorAll("details.bp-ringkas[data-bp-dibuka]").forEach((d) => {
      d.open = false;
      delete d.dataset.bpDibuka;
    });
  });

  window.berpijar = Object.freeze({ render });

  // Rendering is idempotent: on load, and again for each page Material's document$ announces.
  const show = () => {
    recordLast();
    render();
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", show);
  } else {
    show();
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(show);
  }
})();
