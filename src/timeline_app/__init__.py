"""timeline_app: a desktop timeline explorer that is honest about its dates and sources."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("timeline-app")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
