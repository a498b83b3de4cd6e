"""The history store: records, store API, migrations, backups, corruption, privacy, commands."""
