#!/usr/bin/env bash
# Start Debian's PostgreSQL on 127.0.0.1 and make a throwaway test database.
# Prints the URL to export as LANGNGHE_TEST_PG_URL. Safe to run twice.
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do
  pg_isready -h 127.0.0.1 -q && break
  sleep 1
done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='studio'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE studio LOGIN SUPERUSER PASSWORD 'studio'\""
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='studio_test'\"" | grep -q 1 \
  || su postgres -c "createdb -O studio studio_test"
echo "postgresql+psycopg://studio:studio@127.0.0.1:5432/studio_test"
