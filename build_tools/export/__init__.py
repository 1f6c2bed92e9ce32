"""Exports of the built site for where learners already are: SCORM packages for an agency's
LMS (``scorm``) and one ZIM file for Kiwix (``zim``).

Both are post-build steps over the files ``berpijar build`` wrote (no MkDocs here), with the
curriculum read again only for the metadata the site's HTML does not carry (kode, JP...).
"""
