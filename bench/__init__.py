"""Rebond's benchmark: `python -m bench` (or `make bench`). See docs-dev/deploy.md.

Builds the site, serves it on loopback with the production headers and compression, and measures
Lighthouse scores, the message generator's cold and warm start against a stock-runtime
baseline, field-change latency, build time and download sizes; then checks the budgets.
"""
