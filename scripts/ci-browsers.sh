#!/usr/bin/env bash
# Makes sure the system browsers that `npm run test:all` drives are installed (Debian/Ubuntu),
# then prints their versions. Idempotent: apt-get runs only when something is missing.
#
#   scripts/ci-browsers.sh           install what is missing, print versions
#   scripts/ci-browsers.sh --check   install nothing; exit 1 if something is missing
#
# Nothing here downloads a browser outside the distribution's packages (no puppeteer/playwright
# browser downloads): web-test-runner.all.config.js finds these through test/browsers.js, and
# the same *_PATH environment variables it honours are honoured here.
set -euo pipefail

CHECK_ONLY=0
case "${1:-}" in
  --check) CHECK_ONLY=1 ;;
  '') ;;
  -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

first_existing() { # first existing path among the arguments, or nothing
  local p
  for p in "$@"; do [ -n "$p" ] && [ -e "$p" ] && { echo "$p"; return 0; }; done
  return 1
}
# Like test/browsers.js: an explicit *_PATH wins, and a wrong one is an error, not a fallback.
pick() { # ENV_NAME default-path...
  local name=$1; shift
  if [ -n "${!name:-}" ]; then first_existing "${!name}"; else first_existing "$@"; fi
}

find_chromium()  { pick CHROME_PATH /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable; }
find_firefox()   { pick FIREFOX_PATH /usr/bin/firefox-esr /usr/bin/firefox; }
find_wkdriver()  { pick WEBKIT_DRIVER_PATH /usr/bin/WebKitWebDriver; }
find_minibrowser() {
  # shellcheck disable=SC2046
  pick MINIBROWSER_PATH $(ls -d /usr/lib/*/webkit2gtk-4.1/MiniBrowser /usr/lib/*/webkit2gtk-4.0/MiniBrowser \
    /usr/libexec/webkit2gtk-4.1/MiniBrowser 2>/dev/null || true)
}
find_xvfb()      { pick XVFB_PATH /usr/bin/Xvfb; }
find_xauth()     { first_existing /usr/bin/xauth; }          # only xvfb-run needs it
pkg_installed()  { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# what is missing -> the Debian package that provides it
missing=()
find_chromium    >/dev/null || missing+=(chromium)
find_firefox     >/dev/null || missing+=(firefox-esr)
find_wkdriver    >/dev/null || missing+=(webkit2gtk-driver)
find_minibrowser >/dev/null || missing+=(libwebkit2gtk-4.1-0)
find_xvfb        >/dev/null || missing+=(xvfb)
find_xauth       >/dev/null || missing+=(xauth)
# Fonts: the browsers start without them, but headless layout (text widths, wrapping, axe
# colour checks) is only stable with a known sans/serif/mono set present.
for font in fonts-liberation fonts-dejavu-core; do
  pkg_installed "$font" || missing+=("$font")
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "ci-browsers: missing: ${missing[*]}"
  if [ "$CHECK_ONLY" = 1 ]; then
    echo "ci-browsers: --check given, not installing." >&2
    exit 1
  fi
  if ! command -v apt-get >/dev/null; then
    echo "ci-browsers: no apt-get here; install the equivalents of: ${missing[*]}" >&2
    exit 1
  fi
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "ci-browsers: need root or sudo to install ${missing[*]}" >&2; exit 1; }
    SUDO=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  echo "ci-browsers: all browsers present, nothing to install."
fi

# Report (and fail if anything is still missing, e.g. a package name differs on this distro).
status=0
report() { # label, path-or-empty, version command...
  local label=$1 path=$2; shift 2
  if [ -z "$path" ]; then
    printf '  %-12s MISSING\n' "$label"; status=1; return
  fi
  printf '  %-12s %s  (%s)\n' "$label" "$("$@" 2>/dev/null | head -n1 || echo '?')" "$path"
}
deb_version() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || echo '?'; }

chromium=$(find_chromium || true)
firefox=$(find_firefox || true)
wkdriver=$(find_wkdriver || true)
minibrowser=$(find_minibrowser || true)
xvfb=$(find_xvfb || true)
wkpkg=$(dpkg-query -S "${minibrowser:-/nonexistent}" 2>/dev/null | cut -d: -f1 || true)

echo "ci-browsers: versions"
report Chromium    "$chromium"    "$chromium" --version   # Debian's wrapper may print a harmless "[: unexpected operator"
report Firefox     "$firefox"     "$firefox" --version
report WebKitGTK   "$minibrowser" echo "MiniBrowser, ${wkpkg:-webkitgtk} $(deb_version "${wkpkg:-libwebkit2gtk-4.1-0}")"
report WebDriver   "$wkdriver"    echo "WebKitWebDriver, webkit2gtk-driver $(deb_version webkit2gtk-driver)"
report Xvfb        "$xvfb"        echo "xvfb $(deb_version xvfb)"
exit "$status"
