"""The web (I/O): the ASGI app (app.py), its HTML pages, templates and static files, and ``presscal serve``.

May import everything below it: store, reminders, feeds, rules, records, errors; nothing imports web but cli.
"""
