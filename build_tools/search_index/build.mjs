#!/usr/bin/env node
// Writes the site's search data (search/berpijar/) from the pages the build hands over.
//
//   node build.mjs SITE_DIR < pages.json
//
// pages.json: {"separator": "...", "modul": [[kode, judul], ...], "docs": [{location, title,
// headings, text, keywords, modul, excerpt, boost}, ...]}. The stemmer is the one the site ships
// (SITE_DIR/assets/javascripts/lunr/min/lunr.id.min.js, with the curriculum's kata-tetap
// appended), and the engine is the site's own engine.js, so index and queries agree by
// construction. Each file is a script calling __bpSearch(...): a worker loads it with
// importScripts, which also works from file:// where JSON cannot be fetched.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";

const site = process.argv[2];
if (!site) {
  console.error("usage: node build.mjs SITE_DIR < pages.json");
  process.exit(2);
}
const input = JSON.parse(readFileSync(0, "utf8"));

const context = { lunr: { Pipeline: { registeredFunctions: {}, registerFunction() {} } }, console };
context.self = context;
vm.createContext(context);
for (const file of ["assets/javascripts/lunr/min/lunr.id.min.js", "assets/javascripts/search/engine.js"]) {
  const full = path.join(site, file);
  vm.runInContext(readFileSync(full, "utf8"), context, { filename: full });
}
const Engine = context.BerpijarSearch;
const engine = new Engine(context.lunr.id, input.separator);
const { docs, parts } = engine.build(input.docs, input.modul);

const out = path.join(site, "search", "berpijar");
rmSync(out, { recursive: true, force: true });
mkdirSync(path.join(out, "t"), { recursive: true });
const script = (value) => `__bpSearch(${JSON.stringify(value)});\n`;
writeFileSync(path.join(out, "docs.js"), script(docs));
for (const [key, terms] of Object.entries(parts)) {
  writeFileSync(path.join(out, "t", `${Engine.fileName(key)}.js`), script({ part: key, terms }));
}
console.log(JSON.stringify({ docs: docs.docs.length, parts: Object.keys(parts).length }));
