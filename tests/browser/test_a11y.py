"""axe-core (node_modules/axe-core, shipped nowhere) on every kind of page, light and dark:
no violation with impact serious or critical."""

from __future__ import annotations

import pytest

from tests.sitebuild import REPO, program_pages
from tests.sitefacts import read_curriculum

pytestmark = pytest.mark.browser

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = ("serious", "critical")


def _pages() -> dict[str, str]:
    modul = read_curriculum(REPO / "curriculum").published()[0]
    return {
        **program_pages(),
        "modul": f"{modul.folder}/index.html",
        "materi": f"{modul.folder}/{modul.materi[0].html}",
        "rbpmp": f"{modul.folder}/rbpmp.html",
        "referensi": "referensi-format.html",
    }


PAGES = _pages()

RUN_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.map(n => ({target: n.target.join(" "), html: n.html,
                              summary: n.failureSummary}))
  }));
}"""


def _report(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({len(v['nodes'])} elemen)")
        for node in v["nodes"][:5]:
            lines.append(f"    {node['target']}\n      {node['html'][:160]}")
            lines.extend(f"      {s}" for s in (node["summary"] or "").splitlines()[:4])
        if len(v["nodes"]) > 5:
            lines.append(f"    ... dan {len(v['nodes']) - 5} lagi")
    return "\n".join(lines)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", list(PAGES))
def test_page_has_no_serious_accessibility_violation(page, http_base, kind, scheme):
    assert AXE.is_file(), "axe-core is missing: run npm ci"
    page.emulate_media(color_scheme=scheme)
    page.goto(http_base + PAGES[kind])
    # The palette follows the system's scheme: make sure the one asked for is on.
    expected = "slate" if scheme == "dark" else "default"
    assert page.locator("body").get_attribute("data-md-color-scheme") == expected
    # Evaluated through the browser's debugging protocol: the page's Content-Security-Policy
    # refuses any script the site did not ship, axe included, and rightly so.
    page.evaluate(AXE.read_text("utf-8") + "\n;0")
    violations = page.evaluate(RUN_AXE)
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    minor = [v for v in violations if v["impact"] not in BLOCKING]
    if minor:
        print(f"\n{kind} ({scheme}), minor:\n{_report(minor)}")
    assert blocking == [], f"{kind} ({scheme}) {PAGES[kind]}:\n{_report(blocking)}"
