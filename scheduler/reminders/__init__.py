"""Reminders: pure planning rules (planning.py); outbox, subscriptions, jobs (APScheduler) and mail at the edge.

planning.py may import scheduler.records and scheduler.rules only; the edge modules may also import store and feeds.
"""
