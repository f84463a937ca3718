"""Who the app is to the desktop and to the user: its names, its id and where its settings
live. The window, the desktop entry, the AppStream metainfo and ``install-desktop`` all take
them from here."""

DISPLAY_NAME = "Timeline App"
COMMAND = "timeline-app"
APP_ID = "io.github.timeline_app.TimelineApp"
"""The reverse-DNS id: the desktop entry's file name, the metainfo id, the icon name."""
ORGANIZATION = "timeline-app"
"""The organisation and application name of the settings:
``~/.config/timeline-app/timeline-app.conf`` on Linux."""
OLD_SETTINGS_NAME = "timeline_app"
"""What the settings were stored under before the app had a display name; they are copied
over once, and the old file is left as it was."""
