"""The page as a reader sees it.

* :mod:`~aidparse.article.html` — HTML read with a real parser, every change on the raw markup;
* :mod:`~aidparse.article.layout` — the page's lines, and joins of lines layout broke;
* :mod:`~aidparse.article.furniture` — furniture by the form of a line;
* :mod:`~aidparse.article.metalines` — stamps, credit lines, bylines, wire datelines, names;
* :mod:`~aidparse.article.page` — the walk down the page that removes furniture and metadata;
* :mod:`~aidparse.article.title` — the headline and what pages glue to it;
* :mod:`~aidparse.article.metadata` — the report's source, date, authors and editors;
* :mod:`~aidparse.article.sections` — headings inside the article and their sectors.

The cleaning pipeline (:data:`aidparse.cleaning.pipeline.STEPS`) runs the first
three kinds of step; :func:`aidparse.parse` assembles the rest.
"""
