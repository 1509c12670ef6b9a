"""The catalog room: product list and grid, editor, photos, stock, import and export."""
