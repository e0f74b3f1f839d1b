#!/usr/bin/env bash
# Builds Keyturn's Debian packages from a finished build tree and checks them as a user would get them:
#   check-package.sh SOURCE_DIR BUILD_DIR VERSION CPACK SCRATCH_DIR
# cpack (packaging/CPack.cmake) only installs what the build made: the programs and the compressed manual pages must
# be built. The packages are unpacked into SCRATCH_DIR/root with dpkg-deb -x; their fields, dependencies and files
# are checked, and the unpacked programs run with a scratch HOME and XDG folders, so nothing touches the user's
# settings, keychain or workspaces. SCRATCH_DIR is emptied first and removed when every check passed.
set -euo pipefail

src=${1:?usage: check-package.sh SOURCE_DIR BUILD_DIR VERSION CPACK SCRATCH_DIR}
build=${2:?BUILD_DIR missing}
version=${3:?VERSION missing}
cpack=${4:?CPACK missing}
scratch=${5:?SCRATCH_DIR missing}
app_id=org.keyturn.Keyturn

source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"
finish() {
    if [ $failures -ne 0 ]; then
        echo "$failures check(s) failed; the packages and the unpacked tree are kept in $scratch" >&2
        exit 1
    fi
    rm -rf "$scratch"
    echo "packages: all checks passed"
    exit 0
}
for tool in dpkg-deb dpkg-query dpkg-shlibdeps readelf; do
    command -v "$tool" >/dev/null ||
        { echo "FAIL: $tool is not installed (Debian packages dpkg-dev, binutils; ./setup.sh installs them)" >&2; exit 1; }
done

# The build must be finished: cpack installs what is there and builds nothing.
for f in app/keyturn app/keyturnctl app/sandbox/keyturn-sandbox packaging/man/keyturn.1.gz \
    packaging/man/keyturnctl.1.gz packaging/man/keyturn-sandbox.1.gz; do
    [ -f "$build/$f" ] || { echo "FAIL: $build/$f is missing: build the project first (cmake --build $build)" >&2; exit 1; }
done

[[ $scratch == */package-check ]] || { echo "FAIL: SCRATCH_DIR must end in /package-check, got $scratch" >&2; exit 2; }
rm -rf "$scratch"
mkdir -p "$scratch/out" "$scratch/root"

# --- Build ---------------------------------------------------------------------------------------------------------
start=$SECONDS
if ! (cd "$scratch" && "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1)
then
    tail -n 40 "$scratch/cpack.log" >&2
    fail "cpack -G DEB failed (above; whole log in $scratch/cpack.log)"
    finish
fi
arch=$(dpkg --print-architecture)
declare -A deb
for pkg in keyturn keyturnctl keyturn-sandbox; do
    deb[$pkg]=$scratch/out/${pkg}_${version}_${arch}.deb
    [ -f "${deb[$pkg]}" ] || fail "cpack made no ${pkg}_${version}_${arch}.deb (made: $(cd "$scratch/out" && ls -- *.deb))"
done
[ $failures -eq 0 ] || finish
ok "cpack built keyturn, keyturnctl and keyturn-sandbox ${version} for $arch in $((SECONDS - start)) s"

# --- Control fields --------------------------------------------------------------------------------------------------
field() { dpkg-deb -f "${deb[$1]}" "$2"; }
synopses=
declare -A section=([keyturn]=admin [keyturnctl]=admin [keyturn-sandbox]=utils)
# Run-time plugins dpkg-shlibdeps cannot see (and one library it does, to show that it ran).
declare -A needs=(
    [keyturn]="libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6svg6 hicolor-icon-theme libqt6widgets6 libc6"
    [keyturnctl]="libqt6sql6-sqlite libqt6sql6-psql libqt6sql6 libqt6core6 libc6"
    [keyturn-sandbox]="libqt6httpserver6 libqt6core6 libc6")
for pkg in keyturn keyturnctl keyturn-sandbox; do
    [ "$(field "$pkg" Package)" = "$pkg" ] || fail "$pkg: Package is '$(field "$pkg" Package)'"
    [ "$(field "$pkg" Version)" = "$version" ] || fail "$pkg: Version is '$(field "$pkg" Version)', not $version"
    [ "$(field "$pkg" Architecture)" = "$arch" ] || fail "$pkg: Architecture is '$(field "$pkg" Architecture)'"
    [ "$(field "$pkg" Section)" = "${section[$pkg]}" ] || fail "$pkg: Section is '$(field "$pkg" Section)'"
    [[ $(field "$pkg" Maintainer) =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] ||
        fail "$pkg: Maintainer '$(field "$pkg" Maintainer)' is not 'Name <address>'"
    [[ $(field "$pkg" Homepage) == https://* ]] || fail "$pkg: no https Homepage"
    description=$(field "$pkg" Description)
    synopsis=$(head -n 1 <<<"$description")
    if [ ${#synopsis} -lt 10 ] || [ ${#synopsis} -gt 80 ]; then
        fail "$pkg: the Description's first line is '$synopsis'"
    fi
    [ "$(wc -l <<<"$description")" -ge 4 ] || fail "$pkg: the Description has no long description"
    # dpkg-deb prints the long description as written in the control file: every line indented.
    if tail -n +2 <<<"$description" | grep -qvE '^ '; then
        fail "$pkg: a line of the long Description is not indented (dpkg would misread it)"
    fi
    synopses+=$synopsis$'\n'
    depends=$(field "$pkg" Depends)
    for need in ${needs[$pkg]}; do
        grep -qE "(^|, |\| )$need( |,|$)" <<<"$depends" || fail "$pkg: Depends lacks $need (Depends: $depends)"
    done
    echo "    $pkg Depends: $depends"
done
[ -z "$(sort <<<"$synopses" | uniq -d)" ] || fail "packages share the Description synopsis '$(sort <<<"$synopses" | uniq -d)'"
ok "control fields: names, version, architecture, sections, maintainer, homepage, descriptions, dependencies"

# keyturnctl's maintainer scripts reload systemd after its units come or go.
dpkg-deb -e "${deb[keyturnctl]}" "$scratch/control-keyturnctl"
for script in postinst postrm; do
    file=$scratch/control-keyturnctl/$script
    if [ ! -x "$file" ]; then
        fail "keyturnctl has no executable $script"
    elif ! sh -n "$file" || ! grep -q 'daemon-reload' "$file"; then
        fail "keyturnctl's $script is not a shell script that reloads systemd"
    fi
done
ok "keyturnctl's postinst and postrm run systemctl daemon-reload"

# satisfied DEPENDS: each comma-separated item has an alternative installed here in a fitting version.
satisfied() {
    local item alt name op ver installed all_ok=0
    IFS=',' read -ra items <<<"$1"
    for item in "${items[@]}"; do
        local found=
        IFS='|' read -ra alts <<<"$item"
        for alt in "${alts[@]}"; do
            read -r name op ver <<<"$(sed -E 's/^ *([^ (]+) *(\(([<>=]+) *([^)]+)\))? *$/\1 \3 \4/' <<<"$alt")"
            name=${name%:any}
            installed=$(dpkg-query -W -f='${db:Status-Status} ${Version}\n' "$name" 2>/dev/null | head -n 1) || true
            [[ $installed == installed\ * ]] || continue
            if [ -z "$op" ] || dpkg --compare-versions "${installed#installed }" "$op" "$ver"; then
                found=1
                break
            fi
        done
        [ -n "$found" ] || { echo "$item"; all_ok=1; }
    done
    return $all_ok
}
for pkg in keyturn keyturnctl keyturn-sandbox; do
    if missing=$(satisfied "$(field "$pkg" Depends)"); then
        ok "$pkg: every dependency is installed on this machine"
    else
        fail "$pkg: dependencies not installed here (dpkg -i would refuse it):$(tr '\n' ';' <<<"$missing")"
    fi
done

# --- Files -----------------------------------------------------------------------------------------------------------
declare -A listing
for pkg in keyturn keyturnctl keyturn-sandbox; do
    # "-rwxr-xr-x root/root 123 2026-12-02 09:00 ./usr/bin/keyturn"
    listing[$pkg]=$(dpkg-deb -c "${deb[$pkg]}")
    if grep -vE '^[-dl][rwx-]{9} root/root ' <<<"${listing[$pkg]}" | grep -q .; then
        fail "$pkg: files not owned by root/root: $(grep -vE '^[-dl][rwx-]{9} root/root ' <<<"${listing[$pkg]}" | head -n 3)"
    fi
    if grep -E '^d' <<<"${listing[$pkg]}" | grep -vqE '^drwxr-xr-x '; then
        fail "$pkg: folders that are not 0755: $(grep -E '^d' <<<"${listing[$pkg]}" | grep -vE '^drwxr-xr-x ' | head -n 3)"
    fi
    if awk '{print $6}' <<<"${listing[$pkg]}" | grep -vE '^\./(usr(/|$)|$)' | grep -q .; then
        fail "$pkg: files outside /usr: $(awk '{print $6}' <<<"${listing[$pkg]}" | grep -vE '^\./(usr(/|$)|$)' | head -n 3)"
    fi
done
# has PKG MODE PATH: the package holds PATH (without the leading ./) with MODE (as ls shows it).
has() {
    local line
    line=$(awk -v p="./$3" '$6 == p' <<<"${listing[$1]}")
    if [ -z "$line" ]; then
        fail "$1 lacks /$3"
    elif [ "${line%% *}" != "$2" ]; then
        fail "$1: /$3 has mode ${line%% *}, not $2"
    fi
}
has keyturn -rwxr-xr-x usr/bin/keyturn
has keyturn -rw-r--r-- usr/share/applications/$app_id.desktop
has keyturn -rw-r--r-- usr/share/metainfo/$app_id.metainfo.xml
has keyturn -rw-r--r-- usr/share/icons/hicolor/scalable/apps/$app_id.svg
for size in 16 22 24 32 48 64 128 256; do
    has keyturn -rw-r--r-- "usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
has keyturn -rw-r--r-- usr/share/man/man1/keyturn.1.gz
has keyturnctl -rwxr-xr-x usr/bin/keyturnctl
has keyturnctl -rw-r--r-- usr/lib/systemd/system/keyturn-run-due.service
has keyturnctl -rw-r--r-- usr/lib/systemd/system/keyturn-run-due.timer
has keyturnctl -rw-r--r-- usr/share/doc/keyturn/examples/run-due.env.example
has keyturnctl -rw-r--r-- usr/share/man/man1/keyturnctl.1.gz
has keyturn-sandbox -rwxr-xr-x usr/bin/keyturn-sandbox
has keyturn-sandbox -rw-r--r-- usr/share/man/man1/keyturn-sandbox.1.gz
# No file in two packages (dpkg would refuse to install the second).
shared=$(for pkg in keyturn keyturnctl keyturn-sandbox; do
    awk '$1 !~ /^d/ {print $6}' <<<"${listing[$pkg]}"
done | sort | uniq -d)
[ -z "$shared" ] || fail "files in more than one package: $shared"
ok "file lists: programs in /usr/bin, desktop file, metainfo, icons, manual pages, systemd units, settings example"
for pkg in keyturn keyturnctl keyturn-sandbox; do
    echo "    $pkg: $(awk '$1 !~ /^d/ {sub("^\\./", "/", $6); print $6}' <<<"${listing[$pkg]}" | tr '\n' ' ')"
done

for pkg in keyturn keyturnctl keyturn-sandbox; do
    dpkg-deb -x "${deb[$pkg]}" "$scratch/root"
done
root=$scratch/root

for prog in keyturn keyturnctl keyturn-sandbox; do
    if readelf -S --wide "$root/usr/bin/$prog" | grep -qE '\.(debug_info|symtab) '; then
        fail "/usr/bin/$prog is not stripped (CPACK_STRIP_FILES)"
    fi
done
ok "the programs are stripped"

# The service runs the packaged keyturnctl; apart from that line it is the unit in packaging/systemd.
service=$root/usr/lib/systemd/system/keyturn-run-due.service
# shellcheck disable=SC2016
grep -qxF 'ExecStart=/usr/bin/keyturnctl --database ${KEYTURN_DATABASE} run-due' "$service" ||
    fail "keyturn-run-due.service: ExecStart is '$(grep '^ExecStart=' "$service")', not /usr/bin/keyturnctl"
diff <(grep -v '^ExecStart=' "$src/packaging/systemd/keyturn-run-due.service") <(grep -v '^ExecStart=' "$service") \
    >/dev/null || fail "the packaged keyturn-run-due.service differs from packaging/systemd's in more than ExecStart"
cmp -s "$src/packaging/systemd/keyturn-run-due.timer" "$root/usr/lib/systemd/system/keyturn-run-due.timer" ||
    fail "the packaged keyturn-run-due.timer differs from packaging/systemd's"
ok "systemd units: ExecStart=/usr/bin/keyturnctl --database \${KEYTURN_DATABASE} run-due"

cmp -s "$src/packaging/$app_id.desktop" "$root/usr/share/applications/$app_id.desktop" ||
    fail "the packaged desktop file differs from packaging/$app_id.desktop"
cmp -s "$src/packaging/$app_id.metainfo.xml" "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "the packaged metainfo differs from packaging/$app_id.metainfo.xml"
for page in keyturn keyturnctl keyturn-sandbox; do
    gz=$root/usr/share/man/man1/$page.1.gz
    if ! gzip -t "$gz" 2>/dev/null; then
        fail "$page.1.gz is not a valid gzip file"
    elif ! cmp -s <(gzip -dc "$gz") "$src/packaging/man/$page.1"; then
        fail "$page.1.gz is not packaging/man/$page.1 (rebuild: the build compresses the pages)"
    fi
done
ok "desktop file, metainfo and the gzipped manual pages are the ones in packaging/"

for size in 16 22 24 32 48 64 128 256; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [ ! -f "$png" ] || [ "$(png_size "$png")" = "$size $size" ] ||
        fail "the ${size}x${size} icon is $(png_size "$png"), not $size x $size"
done
ok "each PNG icon has its folder's size"

# --- Run the unpacked programs -----------------------------------------------------------------------------------------
home=$scratch/home
mkdir -p "$home/.config" "$home/.local/share" "$home/.cache" "$home/runtime"
chmod 0700 "$home/runtime"
# A clean environment: no KEYTURN_* or PG* settings or tokens of the user, no display, no session bus.
clean_env=(env -i PATH="$root/usr/bin:/usr/bin:/bin" HOME="$home" USER=packager LANG=C.UTF-8 LC_ALL=C.UTF-8
    XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache"
    XDG_RUNTIME_DIR="$home/runtime" QT_QPA_PLATFORM=offscreen)
run() { "${clean_env[@]}" "$@"; }

if out=$(run "$root/usr/bin/keyturnctl" --help 2>&1) && [[ $out == "Usage: keyturnctl "* ]]; then
    ok "/usr/bin/keyturnctl --help"
else
    fail "/usr/bin/keyturnctl --help: $(head -n 3 <<<"$out")"
fi
out=$(run "$root/usr/bin/keyturnctl" --version 2>&1) || true
[ "$out" = "keyturnctl $version" ] || fail "/usr/bin/keyturnctl --version printed '$out'"
# A workspace file through the SQLite driver of the QtSql plugin the package depends on.
if out=$(run "$root/usr/bin/keyturnctl" --workspace "$home/check.keyturn" init 2>&1) && [ -s "$home/check.keyturn" ]; then
    ok "/usr/bin/keyturnctl init made a workspace file: $out"
else
    fail "/usr/bin/keyturnctl --workspace FILE init: $out"
fi

if out=$(run "$root/usr/bin/keyturn-sandbox" --help 2>&1) && grep -q -- '--listen' <<<"$out"; then
    ok "/usr/bin/keyturn-sandbox --help"
else
    fail "/usr/bin/keyturn-sandbox --help: $(head -n 3 <<<"$out")"
fi
# Start it on a free loopback port and wait for its ready line. The line holds the sandbox's tokens: it is checked,
# never printed, and its file removed at once.
"${clean_env[@]}" "$root/usr/bin/keyturn-sandbox" --listen 127.0.0.1:0 >"$scratch/sandbox.out" 2>&1 &
sandbox_pid=$!
ready=
for _ in $(seq 1 100); do
    ready=$(head -n 1 "$scratch/sandbox.out")
    [[ -z $ready && -d /proc/$sandbox_pid ]] || break
    sleep 0.2
done
kill "$sandbox_pid" 2>/dev/null || true
wait "$sandbox_pid" 2>/dev/null || true
rm -f "$scratch/sandbox.out"
ready_ok=
if [[ $ready == \{*\} ]] && grep -qE '"url":"http://127\.0\.0\.1:[0-9]+"' <<<"$ready"; then
    ready_ok=1
    for key in admin_token vault_token mail_token; do
        grep -qE "\"$key\":\"[^\"]+\"" <<<"$ready" || ready_ok=
    done
fi
if [ -n "$ready_ok" ]; then
    ok "/usr/bin/keyturn-sandbox --listen 127.0.0.1:0 served and printed its ready line"
else
    fail "/usr/bin/keyturn-sandbox printed no ready line (url and the three tokens) within 20 s" \
        "(its first line had ${#ready} characters)"
fi

shot=$scratch/inventory.png
start=$SECONDS
if out=$(run timeout 120 "$root/usr/bin/keyturn" --demo --screenshot "$shot" --view inventory 2>&1); then
    dims=$(png_size "$shot" 2>/dev/null || true)
    bytes=$(stat -c %s "$shot" 2>/dev/null || echo 0)
    if [ -z "$dims" ]; then
        fail "/usr/bin/keyturn --demo --screenshot wrote no PNG to $shot"
    elif [ "$bytes" -lt 20000 ] || [ "${dims% *}" -lt 400 ] || [ "${dims#* }" -lt 300 ]; then
        fail "the screenshot is suspiciously small: $dims pixels, $bytes bytes"
    else
        ok "/usr/bin/keyturn --demo --screenshot FILE --view inventory: a ${dims/ /x} PNG of $bytes bytes" \
            "in $((SECONDS - start)) s"
    fi
else
    fail "/usr/bin/keyturn --demo --screenshot failed: $(tail -n 5 <<<"$out")"
fi
finish
