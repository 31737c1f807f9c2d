"""App Audit: checks the apps on USB-attached phones against a signed company policy."""

__version__ = "0.1.0"
