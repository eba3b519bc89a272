"""The calendar's own rules (pure): the days a date value covers, yearly days, anniversaries, plan deadlines, working days.

Used by both feeds and reminders. May import: scheduler.records, scheduler.errors, the standard library, holidays.
"""
