"""The commune sync hub: accounts, per-field merge, media blobs and the public showcase."""
