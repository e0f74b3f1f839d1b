#!/usr/bin/env bash
# Checks the desktop integration files in packaging/ and the manual pages, without building a package:
#   check-desktop-integration.sh desktop  SOURCE_DIR VERSION
#       desktop-file-validate on the desktop file, appstreamcli validate on the metainfo, the metainfo's release of
#       VERSION, and the sizes of the committed PNG icons.
#   check-desktop-integration.sh man  SOURCE_DIR VERSION KEYTURN KEYTURNCTL KEYTURN_SANDBOX
#       the manual pages render without a warning and name VERSION; every command and global option that
#       'KEYTURNCTL --help' lists, and every option of 'KEYTURN --help' and 'KEYTURN_SANDBOX --help', is in its page.
# Each check prints what it checked; a failure says what is wrong. The tools come from the Debian packages
# desktop-file-utils, appstream and groff-base (setup.sh installs them).
set -euo pipefail

mode=${1:?usage: check-desktop-integration.sh desktop|man SOURCE_DIR VERSION [PROGRAMS...]}
src=${2:?SOURCE_DIR missing}
version=${3:?VERSION missing}
app_id=org.keyturn.Keyturn

source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

check_desktop() {
    need desktop-file-validate desktop-file-utils
    need appstreamcli appstream
    local desktop=$src/packaging/$app_id.desktop metainfo=$src/packaging/$app_id.metainfo.xml out

    # desktop-file-validate exits 0 on hints; any error or warning line counts as a failure here.
    if out=$(desktop-file-validate "$desktop" 2>&1) && ! grep -qE 'error:|warning:' <<<"$out"; then
        ok "desktop-file-validate accepts $app_id.desktop"
    else
        printf '%s\n' "$out" >&2
        fail "desktop-file-validate rejects $app_id.desktop (above)"
    fi
    # The validator must be able to see a problem: a launcher without Type= is invalid.
    grep -v '^Type=' "$desktop" >"$work/broken.desktop"
    if desktop-file-validate "$work/broken.desktop" >/dev/null 2>&1; then
        fail "desktop-file-validate accepted a desktop file without Type=; this check cannot see problems here"
    fi
    for key in 'Name\[de\]' 'GenericName\[de\]' 'Comment\[de\]' "Icon=$app_id\$" 'StartupWMClass=keyturn$'; do
        grep -qE "^$key" "$desktop" || fail "$app_id.desktop lacks ${key//\\/}"
    done

    # --strict: any issue that is not a pedantic hint fails (the hint about the upper-case letters of the
    # reverse-DNS id, which the desktop file's name must match, is expected).
    if out=$(appstreamcli validate --no-net --pedantic --strict "$metainfo" 2>&1); then
        ok "appstreamcli validate --no-net --pedantic --strict accepts $app_id.metainfo.xml"
    else
        printf '%s\n' "$out" >&2
        fail "appstreamcli validate rejects $app_id.metainfo.xml (above)"
    fi
    sed 's|<summary>.*</summary>||' "$metainfo" >"$work/$app_id.metainfo.xml"
    if appstreamcli validate --no-net --strict "$work/$app_id.metainfo.xml" >/dev/null 2>&1; then
        fail "appstreamcli accepted a metainfo file without <summary>; this check cannot see problems here"
    fi
    grep -qF "<release version=\"$version\" date=\"" "$metainfo" ||
        fail "$app_id.metainfo.xml has no <release version=\"$version\">: add the release of project(VERSION)"
    grep -qF "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
        fail "$app_id.metainfo.xml does not launch $app_id.desktop"
    for tag in '<developer_name>' '<url type="homepage">https://' '<screenshot type="default">' \
        '<translation type="qt">keyturn</translation>' '<binary>keyturn</binary>' '<content_rating type="oars-1.1"'; do
        grep -qF "$tag" "$metainfo" || fail "$app_id.metainfo.xml lacks $tag"
    done
    ok "metainfo: release $version, launchable, developer, homepage, screenshot, translation, binary, rating"

    local size png dims
    for size in 16 22 24 32 48 64 128 256; do
        png=$src/packaging/icons/hicolor/${size}x${size}/apps/$app_id.png
        if [ ! -f "$png" ]; then
            fail "the icon $png is missing (packaging/icons/render-icons.sh renders it)"
            continue
        fi
        dims=$(png_size "$png")
        [ "$dims" = "$size $size" ] || fail "$png is ${dims:-not a PNG}, not $size x $size"
    done
    ok "icons: PNGs of 16 22 24 32 48 64 128 256 pixels with their folder's size"
}

# options_of HELP_TEXT: the long options (--name) a --help text lists at the start of its lines.
options_of() {
    grep -oE '^ +(-[a-z], )?--[a-z][a-z-]*' <<<"$1" | grep -oE -- '--[a-z][a-z-]*' | sort -u
}

# man_has PAGE OPTION: the page's source describes OPTION (written with escaped hyphens, as roff wants).
man_has() {
    local escaped=${2//-/\\-}
    grep -qF -- "$escaped" "$1"
}

check_man() {
    need groff groff-base
    local keyturn=${4:?KEYTURN missing} keyturnctl=${5:?KEYTURNCTL missing} sandbox=${6:?KEYTURN_SANDBOX missing}
    local page out
    for page in keyturn keyturnctl keyturn-sandbox; do
        local file=$src/packaging/man/$page.1
        [ -f "$file" ] || { fail "$file is missing"; continue; }
        # -ww: every warning; -z: no output. The pages must render without a word from groff.
        out=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$file" 2>&1) || true
        if [ -n "$out" ]; then
            printf '%s\n' "$out" >&2
            fail "groff warns about $page.1 (above)"
        else
            ok "groff -man -Tutf8 -ww renders $page.1 without a warning"
        fi
        grep -qE "^\.TH [A-Z-]+ 1 [0-9-]+ \"Keyturn $version\"" "$file" ||
            fail "$page.1's .TH line does not name Keyturn $version (the project's version)"
    done
    if command -v man >/dev/null; then
        out=$(MANWIDTH=100 LC_ALL=C.UTF-8 man --warnings -l "$src/packaging/man/keyturnctl.1" 2>&1 >/dev/null) || true
        [ -z "$out" ] || fail "man -l keyturnctl.1 warns: $out"
    fi

    # keyturnctl: every command in the Commands: section of --help (a line indented by two spaces starting with a
    # word) must have its own .SS section in keyturnctl.1.
    local help commands cmd options opt
    help=$(env -i PATH="$PATH" HOME="$work" "$keyturnctl" --help) || { fail "keyturnctl --help failed"; return; }
    commands=$(sed -n '/^Commands:/,/^$/p' <<<"$help" | grep -oE '^  [a-z][a-z-]*' | tr -d ' ' | sort -u)
    [ "$(wc -w <<<"$commands")" -ge 10 ] || fail "found only these commands in keyturnctl --help: $commands"
    local sections
    sections=$(grep -E '^\.SS ' "$src/packaging/man/keyturnctl.1" | sed -E 's/^\.SS +//; s/\\-/-/g; s/"//g')
    for cmd in $commands; do
        grep -qxF "$cmd" <<<"$sections" || fail "keyturnctl.1 has no section (.SS $cmd) for the command '$cmd'"
    done
    ok "keyturnctl.1 has a section for each command of keyturnctl --help: $(tr "\n" " " <<<"$commands")"
    # every option in any keyturnctl help text (the main one and each command's)
    local all_help=$help topic
    for topic in $commands; do
        all_help+=$'\n'$(env -i PATH="$PATH" HOME="$work" "$keyturnctl" "$topic" --help)
    done
    options=$(grep -oE -- '--[a-z][a-z-]+' <<<"$all_help" | sort -u)
    for opt in $options; do
        man_has "$src/packaging/man/keyturnctl.1" "$opt" || fail "keyturnctl.1 does not mention $opt"
    done
    ok "keyturnctl.1 mentions every option of the help texts: $(tr "\n" " " <<<"$options")"

    # every environment variable the help texts name, and every token variable Keyturn reads (app/core/net)
    local vars var
    vars=$( (grep -oE '(KEYTURN|PG)[A-Z_]*[A-Z]' <<<"$all_help"
        grep -ohE '"KEYTURN_[A-Z_]+(TOKEN|PASSWORD)_?"' "$src/app/core/net/TokenStore.cpp" \
            "$src/app/core/net/Connections.cpp" | tr -d '"') | sort -u)
    for var in $vars; do
        grep -qF -- "$var" "$src/packaging/man/keyturnctl.1" || fail "keyturnctl.1 does not mention $var"
    done
    ok "keyturnctl.1 mentions every environment variable: $(tr "\n" " " <<<"$vars")"

    help=$(env -i PATH="$PATH" HOME="$work" "$sandbox" --help) || { fail "keyturn-sandbox --help failed"; return; }
    options=$(options_of "$help")
    [ -n "$options" ] || fail "found no options in keyturn-sandbox --help"
    for opt in $options; do
        man_has "$src/packaging/man/keyturn-sandbox.1" "$opt" || fail "keyturn-sandbox.1 does not describe $opt"
    done
    ok "keyturn-sandbox.1 describes every option of keyturn-sandbox --help: $(tr "\n" " " <<<"$options")"

    help=$(env -i PATH="$PATH" HOME="$work" QT_QPA_PLATFORM=offscreen "$keyturn" --help 2>&1) ||
        { fail "keyturn --help failed"; return; }
    options=$(options_of "$help")
    [ -n "$options" ] || fail "found no options in keyturn --help"
    for opt in $options; do
        man_has "$src/packaging/man/keyturn.1" "$opt" || fail "keyturn.1 does not describe $opt"
    done
    ok "keyturn.1 describes every option of keyturn --help: $(tr "\n" " " <<<"$options")"
    # and every view that --view takes ("The view to show: dashboard, inventory, ..., settings.", maybe wrapped)
    local views view
    views=$(tr -s ' \n' ' ' <<<"$help" | grep -oE 'The view to show: [a-z, ]+' | sed 's/^The view to show: //' |
        tr -d ' ' | tr ',' ' ')
    [ "$(wc -w <<<"$views")" -ge 5 ] || fail "found no list of views in keyturn --help"
    for view in $views; do
        grep -qE "(^|[ ,])${view}[ ,.)]" "$src/packaging/man/keyturn.1" || fail "keyturn.1 does not name the view $view"
    done
    ok "keyturn.1 names every view of --view: $views"
}

case $mode in
    desktop) check_desktop ;;
    man) check_man "$@" ;;
    *) echo "unknown mode '$mode': desktop or man" >&2; exit 2 ;;
esac

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "$mode: all checks passed"
