"""The store (I/O): tables, migrations, reading, writing, merging, corrections, ingest, the store's Python API.

May import: scheduler.records, scheduler.errors, the pure parts (extraction, rules, feeds); never web, reminders or cli.
"""
