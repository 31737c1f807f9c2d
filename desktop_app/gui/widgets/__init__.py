"""Widgets of the helpdesk window; each one job, none touches a device."""
