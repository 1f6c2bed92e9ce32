"""What the content of a page and an SVG drawing may hold, element by element.

An allowlist, not a blocklist: anything not named here fails the output check, so a trick
the source rules never heard of still cannot reach a learner. It names what Python-Markdown
and its extensions (mkdocs.yml), our templates (quiz, "tandai selesai") and Material (heading
permalinks, the edit button's icon) write inside a page's article, and what drawings from
Inkscape or draw.io need. No ``style`` attribute in pages (look-alike overlays; tables align
with ``align``), no scripts, frames, forms or embedded objects anywhere.
"""

from __future__ import annotations

# --- HTML inside a page's <article> -----------------------------------------------------------------

# markdown= is md_in_html's switch: consumed by the renderer, or left behind inert when the
# renderer reads the tag as inline HTML.
GLOBAL_ATTRS = {"class", "id", "title", "lang", "dir", "hidden", "role", "tabindex", "markdown"}
GLOBAL_PREFIXES = ("aria-", "data-")

HTML_TAGS: dict[str, set[str]] = {
    "a": {"href", "download", "rel", "hreflang", "type", "name", "target"},
    "abbr": set(), "b": set(), "bdi": set(), "bdo": set(), "blockquote": {"cite"}, "br": set(),
    "button": {"type", "aria-pressed", "disabled"}, "caption": set(), "cite": set(), "code": set(),
    "col": {"span"}, "colgroup": {"span"}, "dd": set(), "del": {"cite", "datetime"},
    "details": {"open"}, "dfn": set(), "div": set(), "dl": set(), "dt": set(), "em": set(),
    "fieldset": set(), "figcaption": set(), "figure": set(), "h1": set(), "h2": set(), "h3": set(),
    "h4": set(), "h5": set(), "h6": set(), "hr": set(), "i": set(),
    "img": {"src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding"},
    "input": {"type", "name", "value", "checked", "disabled"},
    "ins": {"cite", "datetime"}, "kbd": set(), "label": {"for"}, "legend": set(), "li": {"value"},
    "mark": set(), "ol": {"start", "reversed", "type"}, "p": set(), "pre": set(), "q": {"cite"},
    "s": set(), "samp": set(), "small": set(), "span": set(), "strong": set(), "sub": set(),
    "summary": set(), "sup": set(), "table": set(), "tbody": set(),
    "td": {"colspan", "rowspan", "headers", "align"}, "tfoot": set(),
    "th": {"colspan", "rowspan", "headers", "scope", "align", "abbr"}, "thead": set(),
    "time": {"datetime"}, "tr": set(), "u": set(), "ul": set(), "var": set(), "wbr": set(),
    # Media kept in the modul's media/ folder: sources must be relative (checked below).
    "picture": set(), "source": {"src", "srcset", "sizes", "type", "media", "width", "height"},
    "video": {"src", "poster", "controls", "width", "height", "loop", "muted", "preload", "playsinline"},
    "audio": {"src", "controls", "loop", "muted", "preload"},
    "track": {"src", "kind", "label", "srclang", "default"},
    "section": set(), "header": set(), "footer": set(), "aside": set(), "nav": set(),
}
# Input types that only hold a choice on the page (quiz answers, task lists).
INPUT_TYPES = {"checkbox", "radio"}
BUTTON_TYPES = {"button"}

# --- SVG, inline in a page or as a file of media/ --------------------------------------------------

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
# Namespaces of editors' own bookkeeping (Inkscape, Sodipodi, RDF metadata): browsers render
# nothing from them and run nothing in them.
INERT_NAMESPACES = {
    "http://www.inkscape.org/namespaces/inkscape",
    "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://creativecommons.org/ns#",
    "http://web.resource.org/cc/",
    "http://purl.org/dc/elements/1.1/",
    "http://purl.org/dc/terms/",
    "http://www.w3.org/XML/1998/namespace",
}
SVG_TAGS = {
    "svg", "g", "defs", "symbol", "use", "title", "desc", "metadata", "switch", "style",
    "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath",
    "a", "image", "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
    "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
    "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA",
    "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology",
    "feOffset", "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
}
# SVG attributes CSS reads: url() in them may only name something in the same file (#id).
SVG_CSS_ATTRS = {"style", "fill", "stroke", "clip-path", "mask", "filter", "marker", "marker-start",
                 "marker-mid", "marker-end", "cursor", "color-profile"}

# --- URLs --------------------------------------------------------------------------------------------

# Links a learner follows (<a href>): other sites are fine, nothing that runs.
LINK_SCHEMES = {"http", "https", "mailto", "tel"}
# Attributes whose URL the browser fetches while rendering: relative only.
RESOURCE_ATTRS = {"src", "srcset", "poster", "href", "xlink:href"}
# Attributes that lead to one file of the site when relative (srcset holds a list): the
# validator follows them as it follows Markdown links, the output check finds their file.
LOCAL_REF_ATTRS = RESOURCE_ATTRS - {"srcset"}
LINK_ATTRS = {"cite"}  # URLs that are never fetched
