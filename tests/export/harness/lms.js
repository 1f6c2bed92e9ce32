/* The LMS under test: start(version, launch URL, saved CMI) puts a fresh runtime where a SCO
 * looks for it, loads what a previous session saved, and opens the SCO in the frame.
 * state() is what the runtime holds now: what an LMS would store. */
"use strict";

window.lmsCalls = [];

window.start = (version, launch, saved) => {
  const settings = { autocommit: false, logLevel: 5 };
  const api = version === "2004" ? new window.Scorm2004API(settings) : new window.Scorm12API(settings);
  if (saved) api.loadFromJSON(saved);
  for (const event of ["LMSInitialize", "LMSFinish", "Initialize", "Terminate", "LMSCommit", "Commit"]) {
    api.on(event, () => window.lmsCalls.push(event));
  }
  window[version === "2004" ? "API_1484_11" : "API"] = api;
  window.lms = api;
  document.getElementById("sco").src = launch;
};

window.state = () => JSON.parse(JSON.stringify(window.lms.cmi));
