"""Rules about attr_list's ``{ key=value }``, which sets any attribute on what it follows.

Written after a paragraph, heading, link, image or code span, it can set onclick, href or
style as raw HTML can, so it is held to the same rules (unsafe.py) without the renderer.
"""

from __future__ import annotations

import re

from build_tools.diagnostics import Diagnostic
from build_tools.sanitize.urls import UNSAFE_SCHEMES, leaves_site, normalised_scheme, srcset_urls
from build_tools.validate.markdown.body import Body
from build_tools.validate.markdown.tags import RESOURCE_ATTRS, SRCSET_ATTRS

# Where an attribute list may start depends on the blocks and inline elements around it, so
# between the first '{' and the last '}' of a line every key=value is suspect, inside quotes
# or not.
_ATTR_LIST_EVENT = re.compile(r"""(?<![^\s{:"'}])(on[a-z]+)\s*=""", re.I)
_ATTR_LIST_VALUE = re.compile(r"""=\s*["']?([^\s"'}]*)""")
_ATTR_LIST_PAIR = re.compile(r"""(?<![^\s{:"'}])([a-zA-Z_:][-\w:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s}]*)""")


def check_attr_lists(body: Body) -> list[Diagnostic]:
    out = []
    offset = 0
    for line in body.masked.split("\n"):
        first, last = line.find("{"), line.rfind("}")
        if 0 <= first < last:
            for m in _ATTR_LIST_PAIR.finditer(line, first, last):
                key, value = m.group(1).lower(), m.group(2).strip("\"'")
                if key == "style":
                    out.append(body.at(offset + m.start(1), "E-STYLE-ATTR"))
                elif (key in RESOURCE_ATTRS or key in SRCSET_ATTRS) and any(
                    leaves_site(url) for url in srcset_urls(value)
                ):
                    out.append(body.at(offset + m.start(2), "E-OUTSIDE-RESOURCE", target=value))
            for m in _ATTR_LIST_EVENT.finditer(line, first, last):
                out.append(body.at(offset + m.start(1), "E-UNSAFE-ATTR", attr=m.group(1).lower()))
            for m in _ATTR_LIST_VALUE.finditer(line, first, last):
                scheme = normalised_scheme(m.group(1))
                if scheme in UNSAFE_SCHEMES:
                    out.append(body.at(offset + m.start(1), "E-UNSAFE-URL", scheme=scheme, target=m.group(1)))
        offset += len(line) + 1
    return out
