#!/usr/bin/env bash
# Builds the Linux app image and .deb with jpackage on a jlink'ed runtime holding only the JDK modules
# Brewline uses. JavaFX comes as its Maven jars on the class path. Called by `mvn -Pinstaller package`.
# Needs: a full JDK 17 (jlink, jpackage, jmods), and for the .deb: dpkg-deb and fakeroot.
set -euo pipefail
target="$1"          # packaging/target
version="$2"         # Maven version, e.g. 0.1.0-SNAPSHOT
app_version="${version%%-*}"
input="$target/jpackage-input"
out="$target/installer"
runtime="$target/runtime"
launchers="$(dirname "$0")/launchers"

rm -rf "$runtime" "$out"
mkdir -p "$out"

# The JDK modules Brewline needs (jdeps on the app's jars, JavaFX's own needs, the sandbox's HTTP server,
# TLS for a real provider, Korean locale data).
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.httpserver,jdk.localedata,jdk.unsupported,jdk.zipfs

echo "jlink: $modules"
jlink --add-modules "$modules" --include-locales=ko,en --strip-debug --no-header-files --no-man-pages \
      --compress=2 --output "$runtime"

common=(--input "$input" --main-jar "packaging-$version.jar" --runtime-image "$runtime"
        --app-version "$app_version" --vendor "Brewline" --description "Cafe kiosk, barista station and pickup board"
        --java-options "-Dfile.encoding=UTF-8"
        --add-launcher "brewline-kiosk=$launchers/kiosk.properties"
        --add-launcher "brewline-barista=$launchers/barista.properties"
        --add-launcher "brewline-pickup-board=$launchers/pickup-board.properties"
        --add-launcher "brewline-sandbox=$launchers/sandbox.properties"
        --add-launcher "brewline=$launchers/cli.properties")

echo "jpackage app-image"
jpackage --type app-image --name brewline-demo --main-class com.brewline.demo.DemoMain --dest "$out" "${common[@]}"

if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  echo "jpackage deb"
  # The .deb wraps the app image built above, launchers and runtime included.
  jpackage --type deb --app-image "$out/brewline-demo" --name brewline-demo --dest "$out" \
           --app-version "$app_version" --vendor "Brewline" --description "Cafe kiosk, barista station and pickup board" \
           --linux-package-name brewline --linux-app-category misc --linux-shortcut
else
  echo "skipping .deb: needs dpkg-deb and fakeroot (apt-get install fakeroot)" >&2
fi

echo
echo "Installer sizes:"
du -sh "$runtime" "$out"/brewline-demo
ls -l "$out"/*.deb 2>/dev/null || true
