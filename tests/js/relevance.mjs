#!/usr/bin/env node
// Search relevance check for a built site.
//
//   node tests/js/relevance.mjs SITE_DIR QUERIES_JSON [--baseline] [--force-id] [--verbose]
//
// Reads SITE_DIR/search/search_index.json (Material for MkDocs: {config: {lang, separator,
// pipeline, fields}, docs: [{location, title, text, ...}]}), builds a lunr 2.3.9 index the way
// Material 9.8's search worker does, runs every query of QUERIES_JSON
// ([{"query": "...", "expect": "modul/01-slug.html"}, ...]) through the worker's query
// handling, and prints the rank of the expected page (a page is a location without its
// "#fragment"), then a last line "relevance: N/M in top 5". Exits 0 whatever the score.
//
//   --baseline  index as Material does today for an Indonesian site: lang ["en"], empty
//               pipeline (the Indonesian translation sets search.config.pipeline to " "),
//               no lunr.id.
//   --force-id  use lang ["id"] and the full pipeline even if the index says otherwise.
//   --verbose   also print the top 5 pages of every query.
//
// What is mirrored from the worker (src/templates/assets/javascripts/integrations/search of
// Material 9.8, read from the source map shipped next to search.*.min.js):
//   - language scripts loaded like importScripts(): lunr.stemmer.support, lunr.<lang> for every
//     language but "en", lunr.multi when there are several; taken from SITE_DIR/assets/
//     javascripts/lunr/min/ (falling back to this repository's overrides/ for lunr.id), run in
//     a context whose global `lunr` is the one used here;
//   - the builder: metadataWhitelist ["position"], b(0), this.use(lunr[lang]) or
//     lunr.multiLanguage(...), Material's HTML-aware tokenizer with lunr.tokenizer.separator =
//     new RegExp(config.separator), removal of "trimmer"/"stopWordFilter"/"stemmer" missing
//     from config.pipeline by identity (lunr[lang][name], or lunr[name] for "en"), ref
//     "location", fields with their boosts, documents added with {boost: doc.boost};
//   - the query: transformSearchQuery (quotes -> required terms, control characters dropped,
//     each word split with the separator, "*" appended to every term without a modifier),
//     index.search, the post-query boost score * (1 + boost^2) with boost = (no parent) +
//     share of query terms found (getSearchQueryTerms), sort, group by page.
// Simplified: no highlighting (it does not change the order), no Chinese segmentation, no
// suggestions, no iframe-worker path handling.

import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..", "..");
const require = createRequire(import.meta.url);

function usage(message) {
  if (message) console.error(message);
  console.error("usage: node tests/js/relevance.mjs SITE_DIR QUERIES_JSON [--baseline] [--force-id] [--verbose]");
  process.exit(2);
}

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith("--")));
const positional = args.filter((a) => !a.startsWith("--"));
for (const f of flags) {
  if (!["--baseline", "--force-id", "--verbose"].includes(f)) usage(`unknown option ${f}`);
}
if (positional.length !== 2) usage();
const [siteDir, queriesFile] = positional;
const BASELINE = flags.has("--baseline");
const FORCE_ID = flags.has("--force-id");
const VERBOSE = flags.has("--verbose");

const indexFile = path.join(siteDir, "search", "search_index.json");
if (!existsSync(indexFile)) usage(`no ${indexFile}`);
const data = JSON.parse(readFileSync(indexFile, "utf8"));
const queries = JSON.parse(readFileSync(queriesFile, "utf8"));

/* ---------------------------------------------------------------------------------------------
 * lunr and the language scripts
 * ------------------------------------------------------------------------------------------- */

const lunr = require(path.join(repo, "node_modules", "lunr"));
lunr.utils.warn = console.warn;

function scriptPath(name) {
  const candidates = [
    path.join(siteDir, "assets", "javascripts", "lunr", name),
    path.join(repo, "overrides", "assets", "javascripts", "lunr", name),
  ];
  return candidates.find((p) => existsSync(p));
}

function importScripts(names) {
  const context = { lunr, console };
  context.self = context;
  vm.createContext(context);
  for (const name of names) {
    const file = scriptPath(name);
    if (!file) {
      if (name === "min/lunr.stemmer.support.min.js") continue; // lunr.id does not need it
      throw new Error(`language script not found: ${name}`);
    }
    vm.runInContext(readFileSync(file, "utf8"), context, { filename: file });
  }
}

const config = { ...data.config };
config.lang = Array.isArray(config.lang) ? config.lang : [config.lang || "en"];
config.pipeline = Array.isArray(config.pipeline) ? config.pipeline : [];
config.fields = config.fields || { title: { boost: 1000 }, text: { boost: 1 }, tags: { boost: 1000000 } };
config.separator = config.separator || "[\\s\\-]+";
if (BASELINE) {
  config.lang = ["en"];
  config.pipeline = [];
} else if (FORCE_ID) {
  config.lang = ["id"];
  config.pipeline = ["trimmer", "stopWordFilter", "stemmer"];
}

// setupSearchLanguages
{
  const scripts = [];
  for (const lang of config.lang) {
    if (lang === "ja") scripts.push("tinyseg.js");
    if (lang === "hi" || lang === "th") scripts.push("wordcut.js");
    if (lang !== "en") scripts.push(`min/lunr.${lang}.min.js`);
  }
  if (config.lang.length > 1) scripts.push("min/lunr.multi.min.js");
  if (scripts.length) importScripts(["min/lunr.stemmer.support.min.js", ...scripts]);
}

/* ---------------------------------------------------------------------------------------------
 * Material's tokenizer (internal/_, internal/extract, internal/tokenize)
 * ------------------------------------------------------------------------------------------- */

function split(input, separator, fn) {
  separator = new RegExp(separator, "g");
  let match;
  let index = 0;
  do {
    match = separator.exec(input);
    const until = match?.index ?? input.length;
    if (index < until) fn(index, until);
    if (match) {
      const [term] = match;
      index = match.index + term.length;
      if (term.length === 0) separator.lastIndex = match.index + 1;
    }
  } while (match);
}

const TAG_OPEN = 0, TEXT = 1, TAG_CLOSE = 2;

function extract(input, fn) {
  let block = 0, start = 0, end = 0;
  for (let stack = 0; end < input.length; end++) {
    if (input.charAt(end) === "<" && end > start) {
      fn(block, TEXT, start, start = end);
    } else if (input.charAt(end) === ">") {
      if (input.charAt(start + 1) === "/") {
        if (--stack === 0) fn(block++, TAG_CLOSE, start, end + 1);
      } else if (input.charAt(end - 1) !== "/") {
        if (stack++ === 0) fn(block, TAG_OPEN, start, end + 1);
      }
      start = end + 1;
    }
  }
  if (end > start) fn(block, TEXT, start, end);
}

function tokenize(input) {
  const tokens = [];
  if (typeof input === "undefined") return tokens;
  const inputs = Array.isArray(input) ? input : [input];
  for (let i = 0; i < inputs.length; i++) {
    const table = lunr.tokenizer.table;
    const total = table.length;
    extract(inputs[i], (block, type, start, end) => {
      table[block += total] ||= [];
      switch (type) {
        case TAG_OPEN:
        case TAG_CLOSE:
          table[block].push(start << 12 | end - start << 2 | type);
          break;
        case TEXT: {
          const section = inputs[i].slice(start, end);
          split(section, lunr.tokenizer.separator, (index, until) => {
            table[block].push(start + index << 12 | until - index << 2 | type);
            tokens.push(new lunr.Token(section.slice(index, until).toLowerCase(), {
              position: block << 20 | table[block].length - 1,
            }));
          });
        }
      }
    });
  }
  return tokens;
}

/* ---------------------------------------------------------------------------------------------
 * The index (integrations/search/_ : Search constructor)
 * ------------------------------------------------------------------------------------------- */

function setupSearchDocumentMap(docs) {
  const map = new Map();
  for (const doc of docs) {
    const [p] = doc.location.split("#");
    const article = map.get(p);
    if (typeof article === "undefined") {
      map.set(p, doc);
    } else {
      map.set(doc.location, doc);
      doc.parent = article;
    }
  }
  return map;
}

const docs = data.docs.map((d) => ({ ...d }));
const map = setupSearchDocumentMap(docs);
const tables = new Map();
const field = (name) => (doc) => {
  if (typeof doc[name] === "undefined") return undefined;
  tables.set([doc.location, name].join(":"), lunr.tokenizer.table = []);
  return doc[name];
};

const index = lunr(function () {
  this.metadataWhitelist = ["position"];
  this.b(0);
  if (config.lang.length === 1 && config.lang[0] !== "en") {
    this.use(lunr[config.lang[0]]);
  } else if (config.lang.length > 1) {
    this.use(lunr.multiLanguage(...config.lang));
  }
  this.tokenizer = tokenize;
  lunr.tokenizer.separator = new RegExp(config.separator);
  lunr.segmenter = undefined;
  const fns = ["trimmer", "stopWordFilter", "stemmer"].filter((n) => !config.pipeline.includes(n));
  for (const lang of config.lang.map((l) => (l === "en" ? lunr : lunr[l]))) {
    for (const fn of fns) {
      this.pipeline.remove(lang[fn]);
      this.searchPipeline.remove(lang[fn]);
    }
  }
  this.ref("location");
  for (const [name, spec] of Object.entries(config.fields)) {
    this.field(name, { ...spec, extractor: field(name) });
  }
  for (const doc of docs) this.add(doc, { boost: doc.boost });
});

/* ---------------------------------------------------------------------------------------------
 * The query (query/transform, query/_, Search.search)
 * ------------------------------------------------------------------------------------------- */

function transform(query, fn = (term) => term) {
  return query
    .trim()
    .split(/"([^"]+)"/g)
    .map((parts, i) => (i & 1 ? parts.replace(/^\b|^(?![^\x00-\x7F]|$)|\s+/g, " +") : parts))
    .join("")
    .replace(/"|(?:^|\s+)[*+\-:^~]+(?=\s+|$)/g, "")
    .split(/\s+/g)
    .reduce((prev, term) => {
      const next = fn(term);
      return [...prev, ...(Array.isArray(next) ? next : [next])];
    }, [])
    .map((term) => (/([~^]$)/.test(term) ? `${term}1` : term))
    .map((term) => (/(^[+-]|[~^]\d+$)/.test(term) ? term : `${term}*`))
    .join(" ");
}

function transformSearchQuery(query) {
  return transform(query, (part) => {
    const terms = [];
    const lexer = new lunr.QueryLexer(part);
    lexer.run();
    for (const { type, str: term, start, end } of lexer.lexemes) {
      switch (type) {
        case "FIELD":
          if (!["title", "text", "tags"].includes(term)) {
            part = [part.slice(0, end), " ", part.slice(end + 1)].join("");
          }
          break;
        case "TERM":
          split(term, lunr.tokenizer.separator, (...range) => {
            terms.push([part.slice(0, start), term.slice(...range), part.slice(end)].join(""));
          });
      }
    }
    return terms;
  });
}

function parseSearchQuery(value) {
  const query = new lunr.Query(["title", "text", "tags"]);
  const parser = new lunr.QueryParser(value, query);
  parser.parse();
  for (const clause of query.clauses) {
    clause.usePipeline = true;
    if (clause.term.startsWith("*")) {
      clause.wildcard = lunr.Query.wildcard.LEADING;
      clause.term = clause.term.slice(1);
    }
    if (clause.term.endsWith("*")) {
      clause.wildcard = lunr.Query.wildcard.TRAILING;
      clause.term = clause.term.slice(0, -1);
    }
  }
  return query.clauses;
}

function getSearchQueryTerms(query, terms) {
  const clauses = new Set(query);
  const result = {};
  for (let t = 0; t < terms.length; t++) {
    for (const clause of clauses) {
      if (terms[t].startsWith(clause.term)) {
        result[clause.term] = true;
        clauses.delete(clause);
      }
    }
  }
  for (const clause of clauses) {
    if (lunr.stopWordFilter?.(clause.term)) result[clause.term] = false;
  }
  return result;
}

/** Pages (locations without fragment) in the order Material lists them. */
function search(query) {
  query = transformSearchQuery(query);
  if (!query) return [];
  const clauses = parseSearchQuery(query)
    .filter((clause) => clause.presence !== lunr.Query.presence.PROHIBITED);
  const items = index.search(query)
    .reduce((list, { ref, score, matchData }) => {
      const doc = map.get(ref);
      if (typeof doc !== "undefined") {
        const terms = getSearchQueryTerms(clauses, Object.keys(matchData.metadata));
        const boost = +!doc.parent +
          Object.values(terms).filter((t) => t).length / Object.keys(terms).length;
        list.push({ ...doc, score: score * (1 + boost ** 2), terms });
      }
      return list;
    }, [])
    .sort((a, b) => b.score - a.score)
    .reduce((groups, result) => {
      const doc = map.get(result.location);
      if (typeof doc !== "undefined") {
        const ref = doc.parent ? doc.parent.location : doc.location;
        groups.set(ref, [...(groups.get(ref) || []), result]);
      }
      return groups;
    }, new Map());
  return [...items.keys()];
}

/* ---------------------------------------------------------------------------------------------
 * Report
 * ------------------------------------------------------------------------------------------- */

const normalise = (loc) => String(loc).split("#")[0].replace(/^\.?\//, "");

const mode = BASELINE ? "baseline (Material default: lang en, no pipeline)" : "configured";
console.log(`index: ${indexFile}`);
console.log(`mode: ${mode}; lang ${JSON.stringify(config.lang)}; pipeline ${JSON.stringify(config.pipeline)}; separator ${JSON.stringify(config.separator)}`);
if (!BASELINE && !config.lang.includes("id")) {
  console.log("note: the index config has no \"id\" language (use --force-id to try lunr.id anyway)");
}
console.log(`documents: ${docs.length}; pages: ${new Set(docs.map((d) => normalise(d.location))).size}; queries: ${queries.length}`);

let top5 = 0, top1 = 0, found = 0, reciprocal = 0;
for (const { query, expect } of queries) {
  let pages;
  try {
    pages = search(query);
  } catch (err) {
    pages = [];
    console.log(`  (query error for ${JSON.stringify(query)}: ${err.message})`);
  }
  const target = normalise(expect);
  const rank = pages.findIndex((p) => normalise(p) === target) + 1;
  if (rank > 0) {
    found++;
    reciprocal += 1 / rank;
    if (rank <= 5) top5++;
    if (rank === 1) top1++;
  }
  const shown = rank > 0 ? String(rank) : "-";
  console.log(`${shown.padStart(4)}  ${query}  ->  ${expect}  (${pages.length} pages)`);
  if (VERBOSE) pages.slice(0, 5).forEach((p, i) => console.log(`        ${i + 1}. ${p}`));
}
const M = queries.length;
console.log(`found: ${found}/${M}; top 1: ${top1}/${M}; MRR: ${(M ? reciprocal / M : 0).toFixed(3)}`);
console.log(`relevance: ${top5}/${M} in top 5`);
process.exit(0);
