"""Events and webinars: event pages, sessions, speakers, registration (double opt-in), calendars and feeds.

Depends on ``network`` (organisations organise events and employ speakers) and ``practices`` (projects,
threats, spaces); neither knows about events. They show events and export personal data through the
registries this app fills when it starts (``portal_events.apps``).
"""
