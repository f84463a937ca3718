"""Speed and memory benchmarks; `python -m benchmarks` runs them (see docs/performance.md)."""
