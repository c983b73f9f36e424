#!/bin/sh
# Browser tests need Debian's Chromium. Install it when we can (root with apt-get), otherwise
# stop with the exact command: the browser tests must never be skipped silently.
set -eu
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ -z "${CHROMIUM_PATH:-}" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $CHROMIUM: installing Debian's chromium for the browser tests..." >&2
  # Retry the install once after refreshing the package lists (a fresh machine has none).
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >&2 \
    || { apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >&2; }
  [ -x "$CHROMIUM" ] && exit 0
fi
echo "Browser tests need Chromium at $CHROMIUM and it is missing." >&2
echo "Install it with:  apt-get install -y chromium   (as root on Debian; or set CHROMIUM_PATH)" >&2
exit 1
