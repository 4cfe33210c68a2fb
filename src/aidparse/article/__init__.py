"""The page as a reader sees it.

* :mod:`~aidparse.article.html` — HTML read with a real parser, every change on the raw markup;
* :mod:`~aidparse.article.layout` — the page's lines, and joins of lines layout broke;
* :mod:`~aidparse.article.furniture` — furniture by the form of a line;
* :mod:`~aidparse.article.captions` — photo captions by their form;
* :mod:`~aidparse.article.labels` — the words metadata lines are made of (roles, labels, endings);
* :mod:`~aidparse.article.tokens` — the token patterns a metadata line is read with;
* :mod:`~aidparse.article.words` — what a word names when it is no person (place, outlet, organisation);
* :mod:`~aidparse.article.names` — people's names;
* :mod:`~aidparse.article.bylines` — bylines of names alone, with no role before them;
* :mod:`~aidparse.article.stamps` — a page's stamp and its date;
* :mod:`~aidparse.article.credits` — credit lines: stamps, sources, bylines, editors;
* :mod:`~aidparse.article.datelines` — datelines and credits at the start or end of body lines;
* :mod:`~aidparse.article.page` — the walk down the page that removes furniture and metadata;
* :mod:`~aidparse.article.title` — the headline and what pages glue to it;
* :mod:`~aidparse.article.metadata` — the report's source, date, authors and editors;
* :mod:`~aidparse.article.sections` — headings inside the article and their sectors.

The cleaning pipeline (:data:`aidparse.cleaning.pipeline.STEPS`) runs the first
three kinds of step; :func:`aidparse.parse` assembles the rest.
"""
