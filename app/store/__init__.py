"""Local storage: SQLAlchemy engine and sessions, models, migrations, backups, media."""
