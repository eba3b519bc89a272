"""Watching press sites (issue 14): feeds, sitemaps and listing pages polled politely, new articles ingested.

Owns the ``source`` tables and ``presscal sources`` / ``presscal watch``. May import: the pure parts (``listing``,
``links``, ``policy``) scheduler.errors only; the I/O parts also the store (ingest) and the reminders' edge (the
lease, the scheduler, the base URL). Imported by web (the page) and cli.
"""
