"""Test support: build the site, serve it like production, drive Chromium with guards."""
