#!/usr/bin/env bash
# Builds and installs pgvector for the local PostgreSQL from Debian's source
# package (trixie), because bookworm does not package it. The mirror is the
# one this machine's apt sources already use; no host name is written here.
set -euo pipefail

pg_major=$(pg_config --version 2>/dev/null | sed -E 's/^PostgreSQL ([0-9]+).*/\1/' || true)
if [ -z "$pg_major" ]; then
  pg_major=$(ls /usr/lib/postgresql | sort -n | tail -1)
fi
ext_dir=/usr/share/postgresql/$pg_major/extension
if [ -f "$ext_dir/vector.control" ] && [ -f "/usr/lib/postgresql/$pg_major/lib/vector.so" ]; then
  echo "pgvector already installed for PostgreSQL $pg_major"
  exit 0
fi

# The first Debian mirror URI of the machine's sources (deb822 or one-line form).
mirror=""
for f in /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] || continue
  uri=$(awk '/^URIs:/ {print $2}' "$f" | grep -v -- '-security' | grep '/debian/\?$' | head -1 || true)
  if [ -n "$uri" ]; then mirror=$uri; break; fi
done
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
  mirror=$(awk '$1=="deb" && $2 !~ /security/ && $2 ~ /\/debian\/?$/ {print $2; exit}' /etc/apt/sources.list)
fi
if [ -z "$mirror" ]; then
  echo "install-pgvector: no Debian mirror found in /etc/apt/sources.list{,.d}" >&2
  exit 1
fi

src_list=/etc/apt/sources.list.d/leian-pgvector-src.sources
cat > "$src_list" <<SRC
Types: deb-src
URIs: $mirror
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC

apt-get update -qq
apt-get install -y -qq --no-install-recommends dpkg-dev build-essential "postgresql-server-dev-$pg_major" >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get source -qq pgvector >/dev/null)
src=$(find "$work" -maxdepth 1 -type d -name 'pgvector-*' | head -1)
if [ -z "$src" ]; then
  echo "install-pgvector: apt-get source pgvector produced no source tree" >&2
  exit 1
fi
# OPTFLAGS="" keeps the build portable: -march=native would tie it to this CPU.
make -s -C "$src" PG_CONFIG="/usr/lib/postgresql/$pg_major/bin/pg_config" OPTFLAGS="" >/dev/null
make -s -C "$src" PG_CONFIG="/usr/lib/postgresql/$pg_major/bin/pg_config" install >/dev/null
echo "pgvector $(basename "$src" | sed 's/pgvector-//') installed for PostgreSQL $pg_major"
