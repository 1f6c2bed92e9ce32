"""The page policy (build_tools/csp.py): which inline scripts get a hash, and where the policy goes.

That the policy holds in a browser, with every feature of the site working under it, is
tests/browser/test_csp.py; these are its rules on text.
"""

from __future__ import annotations

import base64
import hashlib

from build_tools import csp
from tests.sitebuild import REPO

PAGE = (
    '<html><head><meta charset=utf-8><script>var a=1</script>'
    '<script id=__config type=application/json>{"search": "../assets/w.js"}</script>'
    '<script src=x.js></script></head><body>'
    '<article class="md-content__inner md-typeset"><script>alert(1)</script></article>'
    '<script type=module>var b=2</script></body></html>'
)


def sha(text: str) -> str:
    return f"'sha256-{base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()}'"


def test_only_the_theme_inline_scripts_are_hashed_never_the_content() -> None:
    assert csp.inline_scripts(PAGE) == ["var a=1", "var b=2"]
    assert csp.page_hashes(PAGE, csp.ShimScript(None)) == [sha("var a=1"), sha("var b=2")]


def test_the_policy_is_the_first_thing_after_the_charset() -> None:
    out = csp.add_meta(PAGE, [sha("var a=1")])
    assert out.startswith('<html><head><meta charset=utf-8><meta http-equiv="Content-Security-Policy" content="')
    policy = out.split('content="', 1)[1].split('"', 1)[0]
    assert f"script-src 'self' {sha('var a=1')};" in policy
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
    for directive in ("default-src 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'none'",
                      "style-src 'self'", "worker-src 'self'", "connect-src 'self'"):
        assert directive in policy


def test_the_offline_shim_script_is_rebuilt_from_the_shim_itself() -> None:
    shim = csp.ShimScript(REPO / "node_modules" / "iframe-worker" / "shim" / "index.js")
    text = shim.text("../assets/w.js")
    assert text is not None and text.startswith("postMessage=function ")
    assert 'filename:"../assets/w.js"' in text and "${" not in text
    assert csp.page_hashes(PAGE, shim)[-1] == sha(text)
