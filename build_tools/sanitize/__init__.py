"""Sanitize: what may reach a learner's browser, judged on text and on the built output.

The validator reads sources as text and reports with file:line; this package holds the rules
both it and the build's output check share (which URLs leave the site, which CSS fetches or
runs) and the output check itself, which parses what MkDocs wrote the way a browser does.
"""
