"""Spreadsheets in and out: Excel/CSV import with mapping and preview, exports, marketplace layouts."""
