#!/usr/bin/env bash
# Builds the Linux app image with jpackage on a jlink'ed runtime holding only the JDK modules Brewline
# uses, then the .deb from it with dpkg-deb (our own control file, maintainer scripts, store-wide
# layout, systemd units, desktop entries and icons: jpackage's own .deb calls xdg-desktop-menu from its
# scripts, which fails on a machine without menu folders). Called by `mvn -Pinstaller package`.
# Needs: a full JDK 17 (jlink, jpackage, jmods); for the .deb: dpkg-deb (no fakeroot: --root-owner-group).
set -euo pipefail
target="$1"          # packaging/target
version="$2"         # Maven version, e.g. 0.1.0-SNAPSHOT
maintainer="${3:-Brewline maintainers <maintainers@brewline.example>}"
homepage="${4:-https://brewline.example}"
app_version="${version%%-*}"
# 0.1.0-SNAPSHOT -> 0.1.0~snapshot-1 (sorts before the release 0.1.0-1)
deb_version="$(echo "$version" | sed 's/-SNAPSHOT$/~snapshot/; s/-/~/g')-1"
here="$(cd "$(dirname "$0")" && pwd)"
deb_src="$here/../deb"
input="$target/jpackage-input"
out="$target/installer"
runtime="$target/runtime"
launchers="$here/launchers"

rm -rf "$runtime" "$out"
mkdir -p "$out"

# The JDK modules Brewline needs (jdeps on the app's jars, JavaFX's own needs, the sandbox's HTTP server,
# TLS for a real provider, Korean locale data).
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.httpserver,jdk.localedata,jdk.unsupported,jdk.zipfs

echo "jlink: $modules"
# --generate-cds-archive: the runtime's own class-data archive of its JDK classes (the JDK has one, a jlink'ed
# runtime only when asked), for the command line and any screen whose own archive is missing.
jlink --add-modules "$modules" --include-locales=ko,en --strip-debug --no-header-files --no-man-pages \
      --compress=2 --generate-cds-archive --output "$runtime"
# the archive for heaps over 32 GB (no compressed pointers) would never be used by a screen: 11 MB less
rm -f "$runtime/lib/server/classes_nocoops.jsa"

# The screens' launchers, each with its class-data archive (made at install time by lib/cds/make-class-data.sh;
# a missing archive only means a slower start). The JVM options themselves are in the launchers' files.
screen_launchers="kiosk barista pickup-board station-and-board"
launchers_cds="$target/launchers"
rm -rf "$launchers_cds"
cp -r "$launchers" "$launchers_cds"
for l in $screen_launchers; do
  sed -i "s|^java-options=.*|& -XX:SharedArchiveFile=\$APPDIR/../cds/brewline-$l.jsa -Xshare:auto|" "$launchers_cds/$l.properties"
done
launchers="$launchers_cds"

echo "jpackage app-image"
jpackage --type app-image --name brewline-demo --main-class com.brewline.demo.DemoMain --dest "$out" \
         --input "$input" --main-jar "packaging-$version.jar" --runtime-image "$runtime" \
         --app-version "$app_version" --vendor "Brewline" --description "Cafe kiosk, barista station and pickup board" \
         --java-options "-Dfile.encoding=UTF-8" \
         --add-launcher "brewline-kiosk=$launchers/kiosk.properties" \
         --add-launcher "brewline-barista=$launchers/barista.properties" \
         --add-launcher "brewline-pickup-board=$launchers/pickup-board.properties" \
         --add-launcher "brewline-station-and-board=$launchers/station-and-board.properties" \
         --add-launcher "brewline-office=$launchers/office.properties" \
         --add-launcher "brewline-sandbox=$launchers/sandbox.properties" \
         --add-launcher "brewline=$launchers/cli.properties"

# What make-class-data.sh needs where the package is installed: the screens' class lists (committed, made by
# ui-bench --write-class-lists; the station-and-board process loads both lists' classes) and their JVM options.
cds="$out/brewline-demo/lib/cds"
lists="$here/../main/resources/com/brewline/demo/cds"
mkdir -p "$cds"
cp "$lists/kiosk.classlist" "$cds/brewline-kiosk.classlist"
cp "$lists/barista-station.classlist" "$cds/brewline-barista.classlist"
cp "$lists/pickup-board.classlist" "$cds/brewline-pickup-board.classlist"
cat "$lists/barista-station.classlist" "$lists/pickup-board.classlist" | awk '/^#/ || !seen[$0]++' \
    > "$cds/brewline-station-and-board.classlist"
cp "$here/../main/resources/com/brewline/demo/screen-jvm-options" "$cds/screen-jvm-options"
install -m 0755 "$here/make-class-data.sh" "$cds/make-class-data.sh"

if ! command -v dpkg-deb >/dev/null; then
  echo "skipping .deb: needs dpkg-deb" >&2
  du -sh "$runtime" "$out"/brewline-demo
  exit 0
fi

echo "dpkg-deb: brewline $deb_version"
root="$target/deb-root"
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/etc/brewline" "$root/lib/systemd/system" \
         "$root/usr/lib/systemd/user" "$root/usr/share/applications" "$root/usr/share/doc/brewline"
cp -a "$out/brewline-demo" "$root/opt/brewline"
ln -s /opt/brewline/bin/brewline "$root/usr/bin/brewline"
install -m 0640 "$deb_src/etc/brewline.json" "$root/etc/brewline/brewline.json"
install -m 0644 "$deb_src/etc/brewline.json.example" "$deb_src/etc/README" "$root/etc/brewline/"
chmod 0750 "$root/etc/brewline"
install -m 0644 "$deb_src"/systemd/system/*.service "$root/lib/systemd/system/"
install -m 0644 "$deb_src"/systemd/user/*.service "$root/usr/lib/systemd/user/"
install -m 0644 "$deb_src"/applications/*.desktop "$root/usr/share/applications/"
for size in 48 64 128 256; do
  install -D -m 0644 "$deb_src/icons/brewline-$size.png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/brewline.png"
done
sed "s|@HOMEPAGE@|$homepage|" "$deb_src/debian/copyright" > "$root/usr/share/doc/brewline/copyright"
install -m 0644 "$deb_src/etc/README" "$root/usr/share/doc/brewline/README.configuration"
chmod -R u+rwX,go+rX,go-w "$root/opt" "$root/usr" "$root/lib"

# What the jlink runtime and JavaFX's native libraries load (objdump NEEDED, mapped to Debian/Ubuntu
# packages; `t64` names are Ubuntu 24.04's). PackageTest checks every library is covered.
depends="libc6, libgcc-s1, libstdc++6, zlib1g, libgtk-3-0 | libgtk-3-0t64, libglib2.0-0 | libglib2.0-0t64, libgdk-pixbuf-2.0-0, libpango-1.0-0, libpangocairo-1.0-0, libpangoft2-1.0-0, libcairo2, libcairo-gobject2, libatk1.0-0 | libatk1.0-0t64, libfontconfig1, libfreetype6, libharfbuzz0b, libpng16-16 | libpng16-16t64, libjpeg62-turbo | libjpeg62, libgif7, liblcms2-2, libgl1, libx11-6, libxext6, libxi6, libxrender1, libxtst6, libxxf86vm1, libasound2 | libasound2t64, passwd"
recommends="espeak-ng, cage, xwayland"
installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
control="$(cat "$deb_src/debian/control.in")"
control="${control//@VERSION@/$deb_version}"
control="${control//@ARCH@/$(dpkg --print-architecture)}"
control="${control//@MAINTAINER@/$maintainer}"
control="${control//@INSTALLED_SIZE@/$installed_kb}"
control="${control//@DEPENDS@/$depends}"
control="${control//@RECOMMENDS@/$recommends}"
control="${control//@HOMEPAGE@/$homepage}"
printf '%s\n' "$control" > "$root/DEBIAN/control"
printf '/etc/brewline/brewline.json\n/etc/brewline/brewline.json.example\n/etc/brewline/README\n' > "$root/DEBIAN/conffiles"
install -m 0755 "$deb_src/debian/postinst" "$deb_src/debian/prerm" "$deb_src/debian/postrm" "$root/DEBIAN/"
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -print0 | sort -z | xargs -0 md5sum | sed 's|\./||') > "$root/DEBIAN/md5sums"
deb="$out/brewline_${deb_version}_$(dpkg --print-architecture).deb"
dpkg-deb --root-owner-group -Zxz -z6 --build "$root" "$deb"

echo
echo "Installer sizes:"
du -sh "$runtime" "$out"/brewline-demo
ls -l "$deb"
