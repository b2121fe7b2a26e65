#!/bin/sh
# Brewline: makes the screens' class-data archives for this installation (ADR 0014). A screen's start then
# maps the classes it needs from its archive instead of loading, parsing and verifying them one by one.
# JDK 17 maps an archive only on the very class path it was made with, so it is made here, where the
# package is installed, from the class lists shipped beside this script (a static dump: no display, no
# screen started). Run by the package's postinst; safe to run again as root:
#     sudo /opt/brewline/lib/cds/make-class-data.sh
# $1: the root the package is installed under (DPKG_ROOT), empty for /. Exit 1 when an archive could not be
# made: that screen then starts without one (slower), which is never an error.
set -u
R="${1:-}"
lib="$R/opt/brewline/lib"
java="$lib/runtime/bin/java"
options="$(sed 's/#.*//' "$lib/cds/screen-jvm-options" | tr '\n' ' ')"
status=0
for list in "$lib"/cds/*.classlist; do
    [ -f "$list" ] || continue
    name="$(basename "$list" .classlist)"
    cfg="$lib/app/$name.cfg"
    [ -f "$cfg" ] || continue
    # the launcher's class path, in its order: app.classpath lines of its .cfg, $APPDIR being lib/app
    classpath="$(sed -n "s|^app\.classpath=\\\$APPDIR/|$lib/app/|p" "$cfg" | paste -sd: -)"
    archive="$lib/cds/$name.jsa"
    rm -f "$archive" "$archive.partial"
    # shellcheck disable=SC2086 # the options are words
    if "$java" $options -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$archive.partial" \
            -cp "$classpath" >"$archive.log" 2>&1 && [ -f "$archive.partial" ]; then
        mv -f "$archive.partial" "$archive"
        chmod 0644 "$archive"
    else
        rm -f "$archive.partial"
        echo "brewline: no class-data archive for $name (it starts without one, slower); see $archive.log" >&2
        status=1
    fi
done
exit $status
