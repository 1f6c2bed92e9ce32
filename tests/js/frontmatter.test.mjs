// The editor route for front matter in .md files (.remarkrc.mjs, used by VS Code's remark
// extension) checks the curriculum against build_tools/schemas/ and points at the right line.
// Run from the repository root:  node --test tests/js/

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { remark } from "remark";
import config from "../../.remarkrc.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..", "..");

async function check(rel, edit = (text) => text) {
  const value = edit(readFileSync(path.join(repo, rel), "utf8"));
  const file = await remark().use(config).process({ path: rel, cwd: repo, value });
  return file.messages.map((m) => ({ line: m.line, reason: m.reason }));
}

const MATERI = "tests/fixtures/valid/curriculum/contoh-modul/02-penerapan.md";
const INDEX = "tests/fixtures/valid/curriculum/contoh-modul/index.md";

test("the valid fixture has no front-matter problems", async () => {
  assert.deepEqual(await check(MATERI), []);
  assert.deepEqual(await check(INDEX), []);
});

test("a materi's out-of-range menit is flagged on its line", async () => {
  const messages = await check(MATERI, (t) => t.replace("menit: 45", "menit: 3"));
  assert.equal(messages.length, 1);
  assert.equal(messages[0].line, 10);
  assert.match(messages[0].reason, /must be >= 5/i);
});

test("a modul's key typo and a wrong kelompok are flagged", async () => {
  const messages = await check(INDEX, (t) => t.replace("kelompok: dasar", "kelompk: dasar"));
  assert.ok(messages.some((m) => /required property 'kelompok'/.test(m.reason)), JSON.stringify(messages));
  assert.ok(messages.some((m) => /additional properties/i.test(m.reason)), JSON.stringify(messages));
  const choice = await check(INDEX, (t) => t.replace("kelompok: dasar", "kelompok: utama"));
  assert.deepEqual(choice.map((m) => m.line), [4]);
});

test("the real curriculum passes", async () => {
  for (const rel of ["curriculum/transformasi-digital/index.md", "curriculum/transformasi-digital/01-mengapa-pemerintahan-digital.md"]) {
    assert.deepEqual(await check(rel), [], rel);
  }
});
