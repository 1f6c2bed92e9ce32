// Tests for the Indonesian lunr plugin shipped with the site:
//   overrides/assets/javascripts/lunr/min/lunr.id.min.js   (readable source despite the name)
// Run from the repository root:  node --test tests/js/
// No network, no browser: lunr 2.3.9 comes from node_modules.

import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..", "..");
const PLUGIN = path.join(repo, "overrides/assets/javascripts/lunr/min/lunr.id.min.js");
const require = createRequire(import.meta.url);

/** A fresh lunr 2.3.9 (own module instance) with the plugin installed through CommonJS. */
function freshLunr() {
  const lunrPath = require.resolve(path.join(repo, "node_modules/lunr"));
  delete require.cache[lunrPath];
  delete require.cache[PLUGIN];
  const lunr = require(lunrPath);
  const install = require(PLUGIN);
  install(lunr);
  return lunr;
}

const lunr = freshLunr();
const stem = (w) => lunr.id.stem(w);

// word -> expected stem. Grouped by the affix family each row exercises.
const PAIRS = [
  // the melayani / pelayanan / layanan / dilayani family
  ["melayani", "layan"], ["pelayanan", "layan"], ["layanan", "layan"], ["dilayani", "layan"],
  ["pelayan", "layan"], ["terlayani", "layan"], ["layanannya", "layan"],

  // nasal assimilation with the initial consonant restored (me-, pe-)
  ["menulis", "tulis"], ["penulis", "tulis"], ["penulisan", "tulis"],
  ["memakai", "pakai"], ["pemakai", "pakai"], ["pemakaian", "pakai"],
  ["menyapu", "sapu"], ["penyapu", "sapu"],
  ["mengirim", "kirim"], ["pengirim", "kirim"], ["pengiriman", "kirim"],
  ["memerlukan", "perlu"], ["menerapkan", "terap"], ["penerapan", "terap"],
  ["meningkatkan", "tingkat"], ["peningkatan", "tingkat"], ["menentukan", "tentu"],
  ["memahami", "paham"], ["pemahaman", "paham"], ["memasarkan", "pasar"], ["pemasaran", "pasar"],
  ["memimpin", "pimpin"], ["pemimpin", "pimpin"], ["memutuskan", "putus"],
  ["menyusun", "susun"], ["penyusunan", "susun"], ["menyampaikan", "sampai"],
  ["penyampaian", "sampai"], ["menyelesaikan", "selesai"], ["penyelesaian", "selesai"],
  ["menyesuaikan", "sesuai"], ["penyesuaian", "sesuai"], ["menyelenggarakan", "selenggara"],
  ["penyelenggaraan", "selenggara"], ["pemetaan", "peta"], ["memetakan", "peta"],
  ["memenuhi", "penuh"], ["pemenuhan", "penuh"], ["penilaian", "nilai"], ["menilai", "nilai"],
  ["mengelola", "kelola"], ["pengelolaan", "kelola"], ["mengembangkan", "kembang"],
  ["pengembangan", "kembang"], ["mengenal", "kenal"], ["pengenalan", "kenal"],
  ["mengumpulkan", "kumpul"], ["pengumpulan", "kumpul"], ["mengurangi", "kurang"],
  ["mengendalikan", "kendali"], ["pengendalian", "kendali"], ["mengomunikasikan", "komunikasi"],
  ["mengoordinasikan", "koordinasi"], ["mengetik", "ketik"],

  // nasal assimilation without restoring (the root keeps its own first sound)
  ["membaca", "baca"], ["pembaca", "baca"], ["mengambil", "ambil"], ["pengambilan", "ambil"],
  ["mengolah", "olah"], ["pengolahan", "olah"], ["pengolah", "olah"], ["menyanyi", "nyanyi"],
  ["penyanyi", "nyanyi"], ["menggunakan", "guna"], ["penggunaan", "guna"],
  ["mendukung", "dukung"], ["pendukung", "dukung"], ["menjelaskan", "jelas"],
  ["penjelasan", "jelas"], ["mencapai", "capai"], ["pencapaian", "capai"],
  ["membangun", "bangun"], ["pembangunan", "bangun"], ["mengakses", "akses"],
  ["mengukur", "ukur"], ["pengukuran", "ukur"], ["mengawasi", "awas"], ["pengawasan", "awas"],
  ["mengatur", "atur"], ["pengaturan", "atur"], ["mengubah", "ubah"], ["menghasilkan", "hasil"],
  ["menghadapi", "hadap"], ["mendidik", "didik"], ["pendidikan", "didik"], ["mendata", "data"],
  ["pendataan", "data"], ["memberikan", "beri"], ["pemberian", "beri"],
  ["memanfaatkan", "manfaat"], ["pemanfaatan", "manfaat"], ["memiliki", "milik"],
  ["pemilik", "milik"], ["memulai", "mulai"], ["memakan", "makan"], ["menyatakan", "nyata"],
  ["pernyataan", "nyata"], ["menikmati", "nikmat"], ["penamaan", "nama"],
  ["mengecek", "cek"], ["pengecekan", "cek"], ["mengetahui", "tahu"], ["pengetahuan", "tahu"],
  ["mentransfer", "transfer"], ["memproses", "proses"], ["pemrosesan", "proses"],
  ["pemrograman", "program"], ["mensosialisasikan", "sosialisasi"],

  // di-
  ["dibaca", "baca"], ["ditulis", "tulis"], ["dikirim", "kirim"], ["diambil", "ambil"],
  ["diolah", "olah"], ["digunakan", "guna"], ["dikelola", "kelola"], ["diterapkan", "terap"],
  ["dimanfaatkan", "manfaat"], ["dipimpin", "pimpin"], ["diselenggarakan", "selenggara"],
  ["dilaksanakan", "laksana"], ["dilindungi", "lindung"], ["diawasi", "awas"],
  ["dinilai", "nilai"], ["dicapai", "capai"], ["dimulai", "mulai"], ["dimiliki", "milik"],
  ["dipahami", "paham"], ["diakses", "akses"], ["dimakan", "makan"], ["diuji", "uji"],
  ["didigitalkan", "digital"], ["diproses", "proses"], ["ditransfer", "transfer"],
  ["dipetakan", "peta"], ["dipecahkan", "pecah"],

  // ke- (with the confix ke-...-an), se-
  ["keamanan", "aman"], ["keterbukaan", "buka"], ["keputusan", "putus"],
  ["kesejahteraan", "sejahtera"], ["kejelasan", "jelas"], ["kepentingan", "penting"],
  ["kebijakan", "bijak"], ["kegiatan", "giat"], ["kemampuan", "mampu"],
  ["kesesuaian", "sesuai"], ["keadaan", "ada"], ["kementerian", "menteri"],
  ["kepegawaian", "pegawai"], ["kependudukan", "penduduk"], ["keuangan", "uang"],
  ["kelompok", "kelompok"], ["keluarga", "keluarga"], ["kelola", "kelola"],
  ["sepenuhnya", "penuh"], ["selangkah", "langkah"], ["sekolah", "sekolah"],
  ["sederhana", "sederhana"], ["selamat", "selamat"],

  // ber-, be-, bel-
  ["berkembang", "kembang"], ["bermanfaat", "manfaat"], ["berhasil", "hasil"],
  ["berjalan", "jalan"], ["berbagi", "bagi"], ["berubah", "ubah"], ["berada", "ada"],
  ["berarti", "arti"], ["berisi", "isi"], ["berupa", "rupa"], ["beragam", "ragam"],
  ["berisiko", "risiko"], ["berencana", "rencana"], ["bertanya", "tanya"],
  ["bernyanyi", "nyanyi"], ["berinovasi", "inovasi"], ["berkolaborasi", "kolaborasi"],
  ["berbasis", "basis"], ["berdasarkan", "dasar"], ["bekerja", "kerja"], ["belajar", "ajar"],
  ["berlaku", "laku"], ["berpengaruh", "pengaruh"], ["berperan", "peran"],
  ["berdiskusi", "diskusi"], ["berita", "berita"], ["beranda", "beranda"], ["berani", "berani"],

  // ter-, te-
  ["terbuka", "buka"], ["tercapai", "capai"], ["terintegrasi", "integrasi"],
  ["terkait", "kait"], ["terpadu", "padu"], ["teratur", "atur"], ["terawat", "rawat"],
  ["terbatas", "batas"], ["terkendali", "kendali"], ["tepercaya", "percaya"],
  ["terpercaya", "percaya"], ["terima", "terima"], ["terap", "terap"],

  // per-, pe-, pel-, pe-...-an, per-...-an
  ["peraturan", "atur"], ["perubahan", "ubah"], ["perbaikan", "baik"], ["perencanaan", "rencana"],
  ["perjalanan", "jalan"], ["perlindungan", "lindung"], ["pertanyaan", "tanya"],
  ["perusahaan", "usaha"], ["perkembangan", "kembang"], ["persatuan", "satu"],
  ["pekerjaan", "kerja"], ["pekerja", "kerja"], ["petugas", "tugas"], ["pelatihan", "latih"],
  ["pelaksanaan", "laksana"], ["pelaksana", "laksana"], ["pelajaran", "ajar"],
  ["pelajar", "ajar"], ["pelindungan", "lindung"], ["pemerintah", "perintah"],
  ["pemerintahan", "perintah"], ["pegawai", "pegawai"], ["pedoman", "pedoman"],
  ["peluang", "peluang"], ["peserta", "peserta"], ["perangkat", "perangkat"],
  ["pengaruh", "pengaruh"], ["perilaku", "perilaku"], ["penting", "penting"],
  ["peretas", "retas"], ["peretasan", "retas"], ["pesanan", "pesan"],

  // stacked prefixes
  ["memperbaiki", "baik"], ["mempelajari", "ajar"], ["memperkenalkan", "kenal"],
  ["diperkenalkan", "kenal"], ["diperlukan", "perlu"], ["keperluan", "perlu"],
  ["memberdayakan", "daya"], ["pemberdayaan", "daya"], ["diberdayakan", "daya"],
  ["kepemimpinan", "pimpin"], ["kepemilikan", "milik"], ["keberhasilan", "hasil"],
  ["keberadaan", "ada"], ["berkelanjutan", "lanjut"], ["diberlakukan", "laku"],
  ["mempertanggungjawabkan", "tanggungjawab"], ["memperoleh", "oleh"],
  ["mempengaruhi", "pengaruh"], ["dipengaruhi", "pengaruh"], ["diketahui", "tahu"],
  ["dipercaya", "percaya"], ["pembelajaran", "ajar"],

  // suffixes -kan, -an, -i on their own and with -k- roots
  ["gunakan", "guna"], ["jelaskan", "jelas"], ["berikan", "beri"], ["latihan", "latih"],
  ["aturan", "atur"], ["bagian", "bagi"], ["ukuran", "ukur"], ["pimpinan", "pimpin"],
  ["tindakan", "tindak"], ["masukan", "masuk"], ["memasukkan", "masuk"], ["pemasukan", "masuk"],
  ["tekanan", "tekan"], ["menekankan", "tekan"], ["jebakan", "jebak"],
  ["menguasai", "kuasa"], ["mendanai", "dana"], ["menandai", "tanda"], ["menghargai", "harga"],
  ["mempunyai", "punya"], ["menyertai", "serta"], ["mengatasi", "atas"],
  ["membatasi", "batas"], ["mewarisi", "waris"], ["meneliti", "teliti"],

  // particles -lah -kah -pun -tah, possessives -ku -mu -nya, stacked
  ["pelayanannya", "layan"], ["dibacakanlah", "baca"], ["bacalah", "baca"],
  ["apakah", "apa"], ["siapakah", "siapa"], ["apatah", "apa"], ["bukunya", "buku"],
  ["rumahku", "rumah"], ["ilmumu", "ilmu"], ["kebijakannya", "bijak"],
  ["dilaksanakannya", "laksana"], ["perannya", "peran"], ["dirinya", "diri"],
  ["berkasnya", "berkas"], ["kelompoknya", "kelompok"], ["nilainya", "nilai"],
  ["mengolahnya", "olah"], ["pakailah", "pakai"], ["dapatkah", "dapat"],
  ["mulailah", "mulai"], ["perilakunya", "perilaku"],

  // words that must not lose a look-alike ending or beginning
  ["jalan", "jalan"], ["makan", "makan"], ["tangan", "tangan"], ["bulan", "bulan"],
  ["masalah", "masalah"], ["istilah", "istilah"], ["langkah", "langkah"], ["jumlah", "jumlah"],
  ["pemerintahnya", "perintah"], ["sampai", "sampai"], ["pakai", "pakai"], ["nilai", "nilai"],
  ["selesai", "selesai"], ["sesuai", "sesuai"], ["punya", "punya"], ["tanya", "tanya"],
  ["ekonomi", "ekonomi"], ["perekonomian", "ekonomi"], ["materi", "materi"],
  ["kompetensi", "kompetensi"], ["inovasi", "inovasi"], ["evaluasi", "evaluasi"],
  ["mengevaluasi", "evaluasi"], ["identifikasi", "identifikasi"],
  ["mengidentifikasi", "identifikasi"], ["transformasi", "transformasi"],
  ["bertransformasi", "transformasi"], ["perlu", "perlu"], ["peran", "peran"],

  // exceptions: acronyms and loanwords are never stemmed (lower-cased)
  ["SPBE", "spbe"], ["data", "data"], ["digital", "digital"], ["aplikasi", "aplikasi"],
  ["informasi", "informasi"], ["teknologi", "teknologi"], ["internet", "internet"],
  ["server", "server"], ["website", "website"], ["online", "online"], ["diskusi", "diskusi"],
  ["disiplin", "disiplin"], ["media", "media"], ["metode", "metode"], ["pemilu", "pemilu"],
  ["digitalisasi", "digitalisasi"], ["distribusi", "distribusi"], ["disrupsi", "disrupsi"],
  ["Pelayanan", "layan"], ["MELAYANI", "layan"],

  // digits and short words stay as they are
  ["covid19", "covid19"], ["2023", "2023"], ["pp11", "pp11"], ["uu", "uu"], ["isi", "isi"],
  ["di", "di"], ["ke", "ke"],
];

// Families that must meet at a single stem (the point of the whole exercise).
const FAMILIES = [
  ["melayani", "pelayanan", "layanan", "dilayani", "pelayan", "layani", "pelayanannya"],
  ["menulis", "penulis", "tulisan", "ditulis", "penulisan", "tulis"],
  ["mengelola", "pengelolaan", "dikelola", "pengelola", "kelola"],
  ["mengembangkan", "pengembangan", "berkembang", "perkembangan", "dikembangkan"],
  ["menerapkan", "penerapan", "diterapkan", "terapkan"],
  ["memimpin", "pemimpin", "kepemimpinan", "pimpinan", "dipimpin"],
  ["pembelajaran", "belajar", "pelajaran", "mempelajari", "mengajar", "pengajar"],
  ["memanfaatkan", "pemanfaatan", "dimanfaatkan", "bermanfaat", "manfaat"],
];

test(`word -> stem table (${PAIRS.length} pairs)`, () => {
  assert.ok(PAIRS.length >= 150);
  const failures = [];
  for (const [word, expected] of PAIRS) {
    const got = stem(word);
    if (got !== expected) failures.push(`${word} -> ${got} (expected ${expected})`);
  }
  assert.deepEqual(failures, []);
});

test("inflected families meet at one stem", () => {
  for (const family of FAMILIES) {
    const stems = new Set(family.map(stem));
    assert.equal(stems.size, 1, `${family.join(", ")} -> ${[...stems].join(", ")}`);
  }
  assert.equal(stem("melayani"), "layan");
});

test("never throws, never returns an empty stem", () => {
  const odd = ["", "*", "melay*", "a", "é", "pelayanan\u0301", "ñandú", "12:30", "x".repeat(5000),
    "me", "mem", "meng", "menge", "peng", "penge", "ber", "ter", "di", "ke", "se", "per",
    "kan", "an", "i", "nya", "lah", "kah", "pun", "memper", "diper", "keber", "meny", "peny",
    "-", "'", "pelayanan-pelayanan", "e-government", "mengi", "pengan", "berkan", "dikan"];
  const letters = "aiueomnpgkylrsbdtjhcw";
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 3000; i++) {
    let w = "";
    const n = 1 + Math.floor(rnd() * 14);
    for (let j = 0; j < n; j++) w += letters[Math.floor(rnd() * letters.length)];
    odd.push(w);
  }
  for (const w of odd) {
    const s = stem(w);
    assert.equal(typeof s, "string");
    if (w.length > 0) assert.ok(s.length > 0, `empty stem for ${JSON.stringify(w)}`);
    const token = new lunr.Token(w, {});
    assert.doesNotThrow(() => lunr.id.trimmer(token));
    assert.doesNotThrow(() => lunr.id.stopWordFilter(new lunr.Token(w, {})));
    assert.doesNotThrow(() => lunr.id.stemmer(new lunr.Token(w, {})));
  }
  assert.doesNotThrow(() => lunr.id.stemmer(undefined));
  assert.equal(stem(undefined), undefined);
});

test("exceptions: a Set, extendable, lower-cased, and cached stems are dropped", () => {
  const ex = lunr.id.stemmer.exceptions;
  assert.ok(ex instanceof Set || typeof ex === "object");
  for (const w of ["spbe", "data", "digital", "aplikasi", "informasi", "teknologi", "internet",
    "server", "website", "online"]) assert.ok(ex.has(w), w);
  assert.equal(stem("pemilahan"), "pilah");
  lunr.id.addExceptions(["PEMILAHAN", "  kebermaknaan "]);
  assert.ok(ex.has("pemilahan"));
  assert.equal(stem("pemilahan"), "pemilahan");
  assert.equal(stem("kebermaknaan"), "kebermaknaan");
  assert.doesNotThrow(() => lunr.id.addExceptions(null));
  assert.doesNotThrow(() => lunr.id.addExceptions([1, null, "", {}]));
});

test("stop words: function words only", () => {
  const sw = lunr.id.stopWords;
  assert.ok(sw.size >= 100 && sw.size <= 250, `size ${sw.size}`);
  for (const w of ["yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "ini", "itu",
    "adalah", "atau", "juga", "akan", "tidak", "dalam", "oleh", "sebagai"]) assert.ok(sw.has(w), w);
  for (const w of ["data", "layanan", "pelayanan", "digital", "pemerintah", "asn", "spbe",
    "kebijakan", "inovasi", "informasi", "aplikasi"]) assert.ok(!sw.has(w), w);
  const p = new lunr.Pipeline();
  p.add(lunr.id.trimmer, lunr.id.stopWordFilter, lunr.id.stemmer);
  // lunr.tokenizer gives tokens a "position": that is indexing, where a word whose stem
  // differs is kept as written too (lunr.id.indexOriginal).
  const out = p.run(lunr.tokenizer("Pelayanan yang prima dan data dari ASN untuk masyarakat"))
    .map(String);
  assert.deepEqual(out, ["layan", "pelayanan", "prima", "data", "asn", "masyarakat"]);
  const query = ["pelayanan", "yang", "prima"].map((w) => new lunr.Token(w, { fields: ["text"] }));
  assert.deepEqual(p.run(query).map(String), ["layan", "prima"]);
});

test("trimmer: strips punctuation, keeps Latin letters with accents and digits", () => {
  const t = (s) => lunr.id.trimmer(new lunr.Token(s, {})).toString();
  assert.equal(t("(pelayanan),"), "pelayanan");
  assert.equal(t("«café»"), "café");
  assert.equal(t("...2023!"), "2023");
  assert.equal(t("\"e-government\""), "e-government");
  assert.equal(t("---"), "");
});

test("plugin installs into lunr 2.3.9 the way lunr-languages plugins do", () => {
  assert.equal(lunr.version, "2.3.9");
  assert.equal(typeof lunr.id, "function");
  for (const name of ["stemmer", "stopWordFilter", "trimmer"]) {
    assert.equal(typeof lunr.id[name], "function");
    assert.equal(lunr.Pipeline.registeredFunctions[`${name}-id`], lunr.id[name]);
  }
  assert.equal(typeof lunr.id.addExceptions, "function");
  let builder;
  lunr(function () {
    this.use(lunr.id);
    builder = this;
    this.ref("id");
    this.field("text");
  });
  assert.deepEqual(builder.pipeline._stack, [lunr.id.trimmer, lunr.id.stopWordFilter, lunr.id.stemmer]);
  assert.deepEqual(builder.searchPipeline._stack, [lunr.id.stemmer]);
});

const DOCS = [
  { id: "a", title: "Pelayanan publik", text: "Pelayanan publik yang prima adalah hak warga." },
  { id: "b", title: "Data", text: "Tata kelola data dan Satu Data Indonesia." },
  { id: "c", title: "Keamanan", text: "Kata sandi dan perangkat yang aman dari peretas." },
];

function buildIndex(L, docs = DOCS, extra) {
  return L(function () {
    this.use(L.id);
    if (extra) extra.call(this);
    this.ref("id");
    this.field("title", { boost: 1000 });
    this.field("text");
    this.metadataWhitelist = ["position"];
    for (const d of docs) this.add(d);
  });
}

const refs = (results) => results.map((r) => r.ref);

test("an index built with this.use(lunr.id) finds 'pelayanan' from 'melayani' and 'dilayani'", () => {
  const idx = buildIndex(lunr);
  for (const q of ["melayani", "dilayani", "layanan", "pelayanan", "layani"]) {
    assert.equal(refs(idx.search(q))[0], "a", q);
  }
  // Material appends "*" to query words, which makes lunr skip the pipeline:
  // the plugin adds the stem as an extra optional clause.
  for (const q of ["melayani*", "dilayani*", "layanan*", "pelay*", "pelayanan*"]) {
    assert.deepEqual(refs(idx.search(q)), ["a"], q);
  }
  assert.deepEqual(refs(idx.search("mengelola*")), ["b"]);
  assert.deepEqual(refs(idx.search("keamanan*")), ["c"]);
  assert.deepEqual(refs(idx.search("+melayani")), ["a"]);
  assert.deepEqual(refs(idx.search("data* -dilayani")), ["b"]);
});

test("stop words are not indexed", () => {
  const idx = buildIndex(lunr);
  for (const w of ["yang", "adalah", "dan", "dari"]) {
    assert.ok(!(w in idx.invertedIndex), w);
    assert.deepEqual(idx.search(w), [], w);
  }
  assert.ok("layan" in idx.invertedIndex);
  assert.ok("pelayanan" in idx.invertedIndex, "the word as written is indexed too");
});

test("wildcard expansion: typed word counts as found, positions are not doubled", () => {
  const idx = buildIndex(lunr);
  const [hit] = idx.search("melayani*");
  assert.ok("melayani" in hit.matchData.metadata, "alias for the typed word");
  const [hit2] = idx.search("pelayanan*");
  const positions = [];
  for (const term of Object.keys(hit2.matchData.metadata)) {
    const field = hit2.matchData.metadata[term].text;
    if (field) positions.push(...field.position.map((p) => JSON.stringify(p)));
  }
  assert.equal(new Set(positions).size, positions.length);
  lunr.id.expandQueries = false;
  try {
    assert.deepEqual(idx.search("dilayani*"), []);
  } finally {
    lunr.id.expandQueries = true;
  }
});

test("Material's removal of pipeline functions by identity works", () => {
  // What the worker does when search.pipeline lacks a name.
  const idx = buildIndex(lunr, DOCS, function () {
    for (const name of ["stemmer"]) {
      this.pipeline.remove(lunr.id[name]);
      this.searchPipeline.remove(lunr.id[name]);
    }
  });
  assert.ok(!("layan" in idx.invertedIndex));
  assert.ok(!("yang" in idx.invertedIndex));
  assert.deepEqual(idx.search("melayani*"), []);
});

test("serialised index reloads with the registered functions", () => {
  const idx = buildIndex(lunr);
  const again = lunr.Index.load(JSON.parse(JSON.stringify(idx)));
  assert.equal(refs(again.search("dilayani"))[0], "a");
  assert.equal(refs(again.search("dilayani*"))[0], "a");
});

function withAppendedLine(code) {
  return `${code}\nlunr.id.addExceptions(["pijar","berpijar","kebermaknaan2"]);\n`;
}

test("loads like a worker script (global lunr) with the build's appended line", () => {
  const code = withAppendedLine(readFileSync(PLUGIN, "utf8"));
  const lunrPath = require.resolve(path.join(repo, "node_modules/lunr"));
  delete require.cache[lunrPath];
  const workerLunr = require(lunrPath);
  const context = { lunr: workerLunr, console };
  context.self = context;
  vm.createContext(context);
  vm.runInContext(code, context, { filename: "lunr.id.min.js" });
  assert.equal(context.lunr, workerLunr);
  assert.equal(typeof workerLunr.id, "function");
  assert.ok(workerLunr.id.stemmer.exceptions.has("berpijar"));
  assert.equal(workerLunr.id.stem("berpijar"), "berpijar");
  const idx = buildIndex(workerLunr);
  assert.equal(refs(idx.search("dilayani*"))[0], "a");
});

test("loads as a CommonJS module with the build's appended line", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "lunr-id-"));
  try {
    const file = path.join(dir, "lunr.id.min.js");
    writeFileSync(file, withAppendedLine(readFileSync(PLUGIN, "utf8")));
    const install = require(file);
    assert.equal(typeof install, "function");
    const lunrPath = require.resolve(path.join(repo, "node_modules/lunr"));
    delete require.cache[lunrPath];
    const other = require(lunrPath);
    const api = install(other);
    assert.equal(api, other.id);
    assert.ok(other.id.stemmer.exceptions.has("pijar"));
    assert.equal(other.id.stem("berpijar"), "berpijar");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("memo cache: same answers on repeat, quickly", () => {
  const words = PAIRS.map(([w]) => w);
  const first = words.map(stem);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < 50; i++) words.forEach(stem);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  assert.deepEqual(words.map(stem), first);
  assert.ok(ms < 2000, `${ms} ms`);
});
