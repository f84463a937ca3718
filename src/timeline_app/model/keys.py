"""The keys each object of a timeline file may have; any other key is a warning."""

TOP_KEYS = frozenset({"$schema", "title", "description", "language", "translations",
                      "categories", "sources", "periods", "events"})
CATEGORY_KEYS = frozenset({"id", "label", "color", "description", "translations"})
SOURCE_KEYS = frozenset({"id", "title", "publisher", "author", "published", "url", "language"})
EVENT_KEYS = frozenset({"id", "title", "date", "category", "display_date", "summary", "actors",
                        "places", "tags", "figures", "sources", "confidence", "links",
                        "alternatives", "fields", "date_read_from_text", "translations"})
ALTERNATIVE_KEYS = frozenset({"date", "display_date", "sources", "note"})
PERIOD_KEYS = frozenset({"title", "date", "color", "translations"})
FIGURE_KEYS = frozenset({"label", "value", "unit"})
CITATION_KEYS = frozenset({"source", "locator"})

# The texts one language's entry of a ``translations`` object may hold, by what it translates.
TOP_TRANSLATION_KEYS = frozenset({"title", "description"})
CATEGORY_TRANSLATION_KEYS = frozenset({"label", "description"})
EVENT_TRANSLATION_KEYS = frozenset({"title", "summary"})
PERIOD_TRANSLATION_KEYS = frozenset({"title"})
