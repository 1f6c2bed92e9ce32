#!/usr/bin/env node
// Search relevance check for a built site, with the site's own search engine and data.
//
//   node tests/js/relevance.mjs SITE_DIR QUERIES_JSON [--no-stem] [--verbose]
//
// Loads what the search worker loads (assets/javascripts/lunr/min/lunr.id.min.js,
// assets/javascripts/search/engine.js, search/berpijar/docs.js and the index parts each query
// needs), runs every query of QUERIES_JSON ([{"query": "...", "expect": "modul/01-slug.html"}])
// through the same plan/score steps as the worker, and prints the rank of the expected page,
// then a last line "relevance: N/M in top 5". Exits 0 whatever the score.
//
//   --no-stem  queries matched only by prefix on the words as written (no Indonesian stemmer):
//              what Material's default search does for an Indonesian site.
//   --verbose  also print the top 5 pages of every query.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";

function usage(message) {
  if (message) console.error(message);
  console.error("usage: node tests/js/relevance.mjs SITE_DIR QUERIES_JSON [--no-stem] [--verbose]");
  process.exit(2);
}

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith("--")));
const positional = args.filter((a) => !a.startsWith("--"));
for (const f of flags) if (!["--no-stem", "--verbose"].includes(f)) usage(`unknown option ${f}`);
if (positional.length !== 2) usage();
const [siteDir, queriesFile] = positional;
const NO_STEM = flags.has("--no-stem");
const VERBOSE = flags.has("--verbose");

const data = path.join(siteDir, "search", "berpijar");
if (!existsSync(path.join(data, "docs.js"))) usage(`no ${data}/docs.js`);
const config = JSON.parse(readFileSync(path.join(siteDir, "search", "search_index.json"), "utf8")).config || {};
const queries = JSON.parse(readFileSync(queriesFile, "utf8"));

const context = { lunr: { Pipeline: { registeredFunctions: {}, registerFunction() {} } }, console };
context.self = context;
let table = null;
const parts = {};
context.__bpSearch = (chunk) => {
  if (chunk.part !== undefined) parts[chunk.part] = chunk.terms;
  else table = chunk;
};
vm.createContext(context);
const run = (file) => vm.runInContext(readFileSync(file, "utf8"), context, { filename: file });
run(path.join(siteDir, "assets/javascripts/lunr/min/lunr.id.min.js"));
run(path.join(siteDir, "assets/javascripts/search/engine.js"));
run(path.join(data, "docs.js"));
const Engine = context.BerpijarSearch;
const engine = new Engine(context.lunr.id, config.separator);

function search(query) {
  const plan = engine.plan(query, table.parts);
  if (NO_STEM) plan.words.forEach((w) => { w.stem = null; });
  const mine = {};
  for (const key of plan.parts) {
    if (!(key in parts)) run(path.join(data, "t", `${Engine.fileName(key)}.js`));
    mine[key] = parts[key] || {};
  }
  return engine.score(plan, mine).map(([doc]) => table.docs[doc][0]);
}

const normalise = (loc) => String(loc).split("#")[0].replace(/^\.?\//, "");
console.log(`data: ${data}; mode: ${NO_STEM ? "no stemmer" : "lunr.id"}`);
console.log(`pages: ${table.docs.length}; index parts: ${table.parts.length}; queries: ${queries.length}`);

let top5 = 0, top1 = 0, found = 0, reciprocal = 0;
for (const { query, expect } of queries) {
  const pages = search(query);
  const rank = pages.findIndex((p) => normalise(p) === normalise(expect)) + 1;
  if (rank > 0) {
    found++;
    reciprocal += 1 / rank;
    if (rank <= 5) top5++;
    if (rank === 1) top1++;
  }
  console.log(`${(rank > 0 ? String(rank) : "-").padStart(4)}  ${query}  ->  ${expect}  (${pages.length} pages)`);
  if (VERBOSE) pages.slice(0, 5).forEach((p, i) => console.log(`        ${i + 1}. ${p}`));
}
const M = queries.length;
console.log(`found: ${found}/${M}; top 1: ${top1}/${M}; MRR: ${(M ? reciprocal / M : 0).toFixed(3)}`);
console.log(`relevance: ${top5}/${M} in top 5`);
