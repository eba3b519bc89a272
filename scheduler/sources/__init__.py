"""Watching press sites (issue 14): feeds, sitemaps and listing pages polled politely, new articles ingested.

Owns the ``source`` tables and ``presscal sources`` / ``presscal watch``. Pure parts (``listing``, ``links``,
``policy``) import nothing of the project but errors; the I/O parts import the store and ingest.
"""
