/* ASN Berpijar inside an LMS: reports a SCORM package's page to the LMS that launched it.
 *
 * Shipped only in SCORM packages (`berpijar ekspor scorm`), loaded before berpijar.js. The
 * package's version is in <meta name="berpijar-scorm" content="1.2|2004">; the page's role in
 * <meta name="berpijar-sco" content="materi|pendahuluan">. The LMS's API object is found the
 * standard way (ADL's discovery: up the parent frames, then the opener's). Without one the
 * page works as on the site (localStorage only) and this script does nothing.
 *
 * What the LMS receives: "Tandai selesai" -> completed (and back to incomplete when undone);
 * "Periksa jawaban" -> the quiz score (raw = correct answers, min 0, max = questions, scaled
 * for 2004); suspend data = this page's marks and chosen answers, restored on the next
 * launch even on another device, and exit = suspend so the LMS keeps them. */
(() => {
  "use strict";

  const meta = (name) => {
    const el = document.querySelector(`meta[name="${name}"]`);
    return el ? el.getAttribute("content") : null;
  };
  const VERSION = meta("berpijar-scorm");
  const ROLE = meta("berpijar-sco");
  const KEY = "berpijar:selesai"; // berpijar.js's progress key
  const NAMES = VERSION === "2004" ? ["API_1484_11"] : ["API"];

  function search(win) {
    for (let hops = 0; win && hops < 500; hops += 1) {
      try {
        for (const name of NAMES) if (win[name]) return win[name];
      } catch { return null; } // a frame of another origin: no API we may use
      if (!win.parent || win.parent === win) break;
      win = win.parent;
    }
    return null;
  }

  function findApi() {
    let api = search(window);
    if (!api && window.opener) {
      try { api = search(window.opener); } catch { api = null; }
    }
    return api;
  }

  const raw = findApi();
  if (!raw || !VERSION) return;

  const v2004 = VERSION === "2004";
  const lms = v2004 ? {
    init: () => raw.Initialize(""),
    get: (k) => raw.GetValue(k),
    set: (k, v) => raw.SetValue(k, String(v)),
    commit: () => raw.Commit(""),
    finish: () => raw.Terminate(""),
  } : {
    init: () => raw.LMSInitialize(""),
    get: (k) => raw.LMSGetValue(k),
    set: (k, v) => raw.LMSSetValue(k, String(v)),
    commit: () => raw.LMSCommit(""),
    finish: () => raw.LMSFinish(""),
  };
  const CMI = v2004 ? {
    status: "cmi.completion_status", exit: "cmi.exit", suspend: "cmi.suspend_data",
    raw: "cmi.score.raw", min: "cmi.score.min", max: "cmi.score.max",
  } : {
    status: "cmi.core.lesson_status", exit: "cmi.core.exit", suspend: "cmi.suspend_data",
    raw: "cmi.core.score.raw", min: "cmi.core.score.min", max: "cmi.core.score.max",
  };

  if (String(lms.init()) !== "true") return;
  let open = true;

  /* ---- suspend data: {"selesai": [materi ids], "jawaban": {question id: choice}} ---- */

  function readSuspend() {
    try {
      const value = JSON.parse(lms.get(CMI.suspend) || "{}");
      if (value && typeof value === "object") {
        return {
          selesai: Array.isArray(value.selesai) ? value.selesai.filter((x) => typeof x === "string") : [],
          jawaban: value.jawaban && typeof value.jawaban === "object" ? value.jawaban : {},
        };
      }
    } catch { /* corrupt or empty: start again */ }
    return { selesai: [], jawaban: {} };
  }

  const state = readSuspend();

  function localDone() {
    try {
      const value = JSON.parse(window.localStorage.getItem(KEY) || "[]");
      return Array.isArray(value) ? value.filter((x) => typeof x === "string") : [];
    } catch { return []; }
  }

  // Restore before berpijar.js renders: the LMS's record wins over this browser's storage.
  if (state.selesai.length) {
    try {
      const ids = [...new Set([...localDone(), ...state.selesai])].sort();
      window.localStorage.setItem(KEY, JSON.stringify(ids));
    } catch { /* storage forbidden: the LMS still holds the marks */ }
  }

  function save() {
    if (!open) return;
    lms.set(CMI.suspend, JSON.stringify(state));
    lms.commit();
  }

  const status = String(lms.get(CMI.status) || "");
  if (ROLE === "pendahuluan") {
    lms.set(CMI.status, "completed"); // an introduction is done once it was opened
  } else if (status !== "completed" && status !== "passed") {
    lms.set(CMI.status, "incomplete");
  }
  lms.set(CMI.exit, "suspend");
  lms.commit();

  /* ---- "Tandai selesai": berpijar.js announces each mark ---- */

  document.addEventListener("berpijar:selesai", (event) => {
    const detail = event.detail || {};
    if (typeof detail.id !== "string") return;
    state.selesai = state.selesai.filter((id) => id !== detail.id);
    if (detail.done) state.selesai.push(detail.id);
    state.selesai.sort();
    if (open) lms.set(CMI.status, detail.done ? "completed" : "incomplete");
    save();
  });

  /* ---- quiz: answers kept, score reported on each "Periksa jawaban" ---- */

  function restoreAnswers() {
    document.querySelectorAll(".bp-soal[id]").forEach((soal) => {
      const choice = state.jawaban[soal.id];
      if (typeof choice !== "string") return;
      soal.querySelectorAll("input[type=radio]").forEach((input) => {
        input.checked = input.value === choice;
      });
    });
  }

  function reportScore() {
    const soal = [...document.querySelectorAll(".bp-soal[data-jawaban]")];
    if (!soal.length || !open) return;
    const correct = soal.filter((el) => {
      const chosen = el.querySelector("input[type=radio]:checked");
      return chosen && chosen.value === el.dataset.jawaban;
    }).length;
    lms.set(CMI.min, 0);
    lms.set(CMI.max, soal.length);
    lms.set(CMI.raw, correct);
    if (v2004) lms.set("cmi.score.scaled", (correct / soal.length).toFixed(4).replace(/\.?0+$/, ""));
    save();
  }

  document.addEventListener("change", (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== "radio") return;
    const soal = input.closest(".bp-soal[id]");
    if (!soal) return;
    state.jawaban[soal.id] = input.value;
    save();
  });

  document.addEventListener("click", (event) => {
    if (event.target instanceof Element && event.target.closest(".bp-periksa")) reportScore();
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", restoreAnswers);
  } else {
    restoreAnswers();
  }

  function finish() {
    if (!open) return;
    save();
    open = false;
    lms.finish();
  }
  window.addEventListener("pagehide", finish);
  window.addEventListener("beforeunload", finish);
})();
