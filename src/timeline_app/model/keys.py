"""The keys each object of a timeline file may have; any other key is a warning."""

TOP_KEYS = frozenset({"$schema", "title", "description", "categories", "sources", "periods",
                      "events"})
CATEGORY_KEYS = frozenset({"id", "label", "color", "description"})
SOURCE_KEYS = frozenset({"id", "title", "publisher", "author", "published", "url", "language"})
EVENT_KEYS = frozenset({"id", "title", "date", "category", "display_date", "summary", "actors",
                        "places", "tags", "figures", "sources", "confidence", "links",
                        "alternatives", "fields", "date_read_from_text"})
ALTERNATIVE_KEYS = frozenset({"date", "display_date", "sources", "note"})
PERIOD_KEYS = frozenset({"title", "date", "color"})
FIGURE_KEYS = frozenset({"label", "value", "unit"})
CITATION_KEYS = frozenset({"source", "locator"})
