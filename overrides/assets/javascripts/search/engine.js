/*
 * Berpijar search engine: how words become index terms, how the index is cut into parts, and
 * how a query is scored. One file for the three places that must agree on it: the site build
 * (build_tools/search_index/build.mjs, under node), the search worker in the browser, and the
 * relevance harness (tests/js/relevance.mjs).
 *
 * Why not lunr's own index: at 1,000 materi Material's worker downloaded 19 MB of JSON and built
 * a lunr index of 19,000 sections on every visit (5 s on a desktop, 24 s on a phone). Here the
 * build does that work once: one document per page, each term's postings already weighted
 * (BM25 with b = 0, the field boosts below, idf), cut by term prefix into small files. A query
 * loads only the files its words need.
 *
 * Words are analysed with the project's Indonesian stemmer (lunr.id): trimmed, stop words
 * dropped, and indexed under both the stem and the word as written, so "melayani" finds
 * "pelayanan" (same stem) and a half-typed "pelay" still finds "pelayanan" (prefix).
 *
 * Needs the global lunr.id (assets/javascripts/lunr/min/lunr.id.min.js) loaded first.
 */
(function (root) {
  "use strict";

  var K1 = 1.2;
  /* How much a word counts by where it stands on the page. */
  var FIELDS = { title: 10, keywords: 8, headings: 3, text: 1 };
  var SCALE = 10;            /* weights are stored as integers: round(SCALE * weight) */
  var SHARD_LIMIT = 40000;   /* characters of postings per index file before it is split */
  var WORD = /([A-Za-z0-9\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]+)/;

  function Engine(lunrId, separator) {
    this.id = lunrId;
    this.separator = new RegExp(separator || "[\\s\\-]+");
  }

  /* Lower-cased words of a text, as lunr.id's trimmer leaves them. */
  Engine.prototype.words = function (text) {
    var out = [];
    var parts = String(text || "").split(this.separator);
    for (var i = 0; i < parts.length; i++) {
      if (!parts[i]) continue;
      var m = WORD.exec(parts[i]);
      if (!m) continue;
      var w = parts[i].slice(m.index).replace(/[^A-Za-z0-9\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]+$/, "");
      if (w) out.push(w.toLowerCase());
    }
    return out;
  };

  /* Index terms of one word: none for a stop word, else its stem and the word itself. */
  Engine.prototype.terms = function (word) {
    if (this.id.stopWords.has(word)) return [];
    var stem = this.id.stem(word);
    return stem && stem !== word ? [stem, word] : [word];
  };

  /* ---- index parts: a term lives in the file of its longest listed prefix ---------------- */

  function fileName(key) {
    return key.replace(/[^a-z0-9-]/g, function (c) { return "_" + c.charCodeAt(0).toString(16); });
  }

  /* Cut terms (name -> postings string length) into parts of at most SHARD_LIMIT characters.
     A key "pe" holds every term starting with "pe" that no longer key holds; "pe$" holds the
     term "pe" alone once "pe" had to be split. */
  function cut(sizes) {
    var parts = {};
    function place(prefix, names) {
      var total = 0;
      for (var i = 0; i < names.length; i++) total += sizes[names[i]];
      if (total <= SHARD_LIMIT || prefix.length >= 6) {
        parts[prefix] = names;
        return;
      }
      var groups = {};
      for (var j = 0; j < names.length; j++) {
        var t = names[j];
        var key = t.length > prefix.length ? prefix + t.charAt(prefix.length) : prefix + "$";
        (groups[key] = groups[key] || []).push(t);
      }
      Object.keys(groups).forEach(function (key) {
        if (key.charAt(key.length - 1) === "$") parts[key] = groups[key];
        else place(key, groups[key]);
      });
    }
    var first = {};
    Object.keys(sizes).forEach(function (t) { (first[t.charAt(0)] = first[t.charAt(0)] || []).push(t); });
    Object.keys(first).forEach(function (c) { place(c, first[c]); });
    return parts;
  }

  /* The parts that may hold terms starting with `prefix` (or equal to it when exact). */
  function partsFor(keys, term, exact) {
    return keys.filter(function (key) {
      if (key.charAt(key.length - 1) === "$") {
        var whole = key.slice(0, -1);
        return exact ? whole === term : whole.indexOf(term) === 0;
      }
      return term.indexOf(key) === 0 || (!exact && key.indexOf(term) === 0);
    });
  }

  /* ---- the build: pages in, data files out ----------------------------------------------- */

  function saturate(tf) { return (K1 + 1) * tf / (K1 + tf); }

  /* docs: [{location, title, headings, text, keywords, modul, excerpt, boost}] (plain text).
     Returns {docs: {...}, parts: {key: {term: [doc, weight, doc, weight, ...]}}}; doc numbers
     in a postings list are stored as differences from the previous one. */
  Engine.prototype.build = function (docs, modul) {
    var self = this;
    var postings = {};
    docs.forEach(function (doc, n) {
      var weights = {};
      Object.keys(FIELDS).forEach(function (field) {
        var counts = {};
        var value = field === "keywords" ? (doc.keywords || []).join(" ") : doc[field];
        self.words(value).forEach(function (w) {
          self.terms(w).forEach(function (t) { counts[t] = (counts[t] || 0) + 1; });
        });
        Object.keys(counts).forEach(function (t) {
          weights[t] = (weights[t] || 0) + FIELDS[field] * saturate(counts[t]);
        });
      });
      Object.keys(weights).forEach(function (t) {
        (postings[t] = postings[t] || []).push([n, weights[t] * (doc.boost || 1)]);
      });
    });
    var N = docs.length;
    var lists = {};
    var sizes = {};
    Object.keys(postings).forEach(function (t) {
      var list = postings[t];
      var idf = Math.log(1 + Math.abs((N - list.length + 0.5) / (list.length + 0.5)));
      var flat = [];
      var last = 0;
      list.forEach(function (p) {
        flat.push(p[0] - last, Math.max(1, Math.round(SCALE * idf * p[1])));
        last = p[0];
      });
      lists[t] = flat;
      sizes[t] = t.length + JSON.stringify(flat).length + 4;
    });
    var parts = {};
    var layout = cut(sizes);
    Object.keys(layout).forEach(function (key) {
      parts[key] = {};
      layout[key].sort().forEach(function (t) { parts[key][t] = lists[t]; });
    });
    return {
      docs: {
        docs: docs.map(function (d) { return [d.location, d.title, d.modul == null ? -1 : d.modul, d.excerpt || ""]; }),
        modul: modul,
        parts: Object.keys(parts).sort(),
      },
      parts: parts,
    };
  };

  /* ---- the query ------------------------------------------------------------------------- */

  /* The words of a query and, for each, the parts to load: prefix of the word, its stem. */
  Engine.prototype.plan = function (query, keys) {
    var self = this;
    var seen = {};
    var words = this.words(query).filter(function (w) { return seen[w] ? false : (seen[w] = true); });
    var need = {};
    var plan = words.map(function (w) {
      var stem = self.id.stopWords.has(w) ? null : self.id.stem(w);
      partsFor(keys, w, false).forEach(function (k) { need[k] = true; });
      if (stem && stem !== w) partsFor(keys, stem, true).forEach(function (k) { need[k] = true; });
      return { word: w, stem: stem };
    });
    return { words: plan, parts: Object.keys(need).sort() };
  };

  /* Score every page for a planned query over loaded parts ({key: {term: postings}}).
     A word's score on a page is the sum of the weights of the terms it reaches (terms starting
     with the word as typed, and its stem); as in Material, a page that has more of the query's
     words is lifted: score * (1 + (1 + share)^2). Returns [[doc, score, found-flags]] best first. */
  Engine.prototype.score = function (plan, parts) {
    var total = {};
    var found = {};
    plan.words.forEach(function (q, i) {
      var seen = {};
      Object.keys(parts).forEach(function (key) {
        var terms = parts[key];
        Object.keys(terms).forEach(function (t) {
          if (seen[t] || !(t.indexOf(q.word) === 0 || t === q.stem)) return;
          seen[t] = true;
          var list = terms[t];
          var doc = 0;
          for (var j = 0; j < list.length; j += 2) {
            doc += list[j];
            total[doc] = (total[doc] || 0) + list[j + 1];
            (found[doc] = found[doc] || {})[i] = true;
          }
        });
      });
    });
    var n = plan.words.length;
    return Object.keys(total).map(function (d) {
      var flags = found[d];
      var share = Object.keys(flags).length / n;
      return [+d, total[d] * (1 + Math.pow(1 + share, 2)), flags];
    }).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
  };

  /* HTML of a plain text with the words of the query marked. Whether a word is marked is
     remembered per query (plan.marks): result lists share most of their words. */
  Engine.prototype.highlight = function (text, plan) {
    var self = this;
    var marks = plan.marks || (plan.marks = new Map());
    return String(text).split(WORD).map(function (part, i) {
      var safe = part.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
      if (!(i & 1)) return safe;
      var lower = part.toLowerCase();
      var hit = marks.get(lower);
      if (hit === undefined) {
        var stem = null;
        hit = plan.words.some(function (q) {
          if (lower.indexOf(q.word) === 0) return true;
          if (!q.stem) return false;
          if (stem === null) stem = self.id.stem(lower);
          return stem === q.stem;
        });
        marks.set(lower, hit);
      }
      return hit ? "<mark>" + safe + "</mark>" : safe;
    }).join("");
  };

  Engine.fileName = fileName;
  Engine.partsFor = partsFor;
  Engine.FIELDS = FIELDS;

  if (typeof module === "object" && module && module.exports) module.exports = Engine;
  else root.BerpijarSearch = Engine;
})(typeof self !== "undefined" ? self : this);
