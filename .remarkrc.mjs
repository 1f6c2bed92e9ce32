// Live checks of front matter in .md files for editors (VS Code: the "remark" extension,
// unifiedjs.vscode-remark), against the same JSON Schemas `berpijar validate` uses.
// Only the schema rules run here, with Ajv's English messages; `berpijar validate` remains the
// check that counts (cross-file rules, Indonesian messages). See docs/panduan-penulis.md.
import remarkFrontmatter from "remark-frontmatter";
import remarkLintFrontmatterSchema from "remark-lint-frontmatter-schema";

export default {
  plugins: [
    remarkFrontmatter,
    [remarkLintFrontmatterSchema, {
      schemas: {
        "./build_tools/schemas/modul.schema.json": ["**/curriculum/*/index.md"],
        "./build_tools/schemas/materi.schema.json": ["**/curriculum/*/[0-9][0-9]-*.md"],
      },
      // Ajv's default draft is 7; our schemas say 2020-12 but use only keywords both share.
      ajvOptions: { validateSchema: false, strict: false },
    }],
  ],
};
