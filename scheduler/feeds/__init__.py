"""Feeds (pure): EventRecords and a clock in, iCalendar bytes out; Russian numerals and wording; publishing the files.

May import: scheduler.records, scheduler.errors, scheduler.rules; never store, web, reminders or cli.
"""
