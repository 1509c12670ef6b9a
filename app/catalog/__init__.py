"""Catalog use cases: products, variants, stock ledger, photos, search, import/export."""
