"""One measurement each, run in a fresh process by ``benchmarks.runner`` so that its
peak RSS is its own; each writes its results as JSON to the file given by ``--result``."""
