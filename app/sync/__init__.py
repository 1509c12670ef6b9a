"""Sync between the desktop app and the commune hub: protocol, clock, merge rule, client."""
