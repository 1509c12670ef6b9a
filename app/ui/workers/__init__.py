"""Background work for the UI: worker pools, cancel, delayed progress."""
