package com.brewline.packaging;

import com.brewline.config.BrewlineConfig;
import com.brewline.config.ConfigLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The built .deb, as a technician's machine will see it: its control fields and dependencies, its
 * files and their modes, the units and desktop entries, every native library it loads covered by a
 * declared dependency, and its maintainer scripts run for real in a temporary root
 * ({@code dpkg --root DIR --force-script-chrootless}: the scripts honour DPKG_ROOT) through install,
 * reinstall, purge keeping the data, and purge with the data.
 * Run by {@code mvn -B -Pinstaller verify -pl packaging -am} (needs the .deb: about 3 minutes to build;
 * dpkg, dpkg-deb, objdump and the shadow tools; root for the temporary root's ownerships).
 */
class DebPackageCheck {
    static Path deb;
    static Path unpacked;
    static Map<String, String> control;

    @BeforeAll
    static void findAndUnpack(@TempDir Path dir) throws Exception {
        Path installer = Path.of(System.getProperty("brewline.installer", "target/installer"));
        try (Stream<Path> files = Files.list(installer)) {
            List<Path> debs = files.filter(p -> p.getFileName().toString().endsWith(".deb")).toList();
            assertThat(debs).as("one .deb in " + installer).hasSize(1);
            deb = debs.get(0);
        }
        unpacked = dir.resolve("unpacked");
        run("dpkg-deb", "-x", deb.toString(), unpacked.toString());
        control = new HashMap<>();
        String key = null;
        for (String line : run("dpkg-deb", "-f", deb.toString()).split("\n")) {
            if (line.startsWith(" ") && key != null) {
                control.merge(key, "\n" + line, String::concat);
            } else if (line.contains(":")) {
                key = line.substring(0, line.indexOf(':'));
                control.put(key, line.substring(line.indexOf(':') + 1).strip());
            }
        }
    }

    @Test
    void controlNamesItsMaintainerDependenciesAndRecommendations() {
        assertThat(control.get("Package")).isEqualTo("brewline");
        assertThat(control.get("Version")).matches("\\d+\\.\\d+\\.\\d+(~snapshot)?-\\d+");
        assertThat(control.get("Maintainer")).matches(".+ <[^@ ]+@[^@ ]+>");
        assertThat(control.get("Section")).isEqualTo("misc");
        assertThat(Integer.parseInt(control.get("Installed-Size"))).isGreaterThan(10_000);
        assertThat(alternatives(control.get("Depends"))).contains("libgtk-3-0", "libgl1", "libpango-1.0-0", "libcairo2",
                "libxtst6", "passwd");
        assertThat(alternatives(control.get("Recommends"))).contains("espeak-ng", "cage", "xwayland");
        assertThat(unpacked.resolve("usr/share/doc/brewline/copyright")).content().contains("License:");
    }

    @Test
    void everyNativeLibraryIsInsideOrADeclaredDependency(@TempDir Path natives) throws Exception {
        List<Path> libraries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(unpacked.resolve("opt/brewline/lib"))) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".so")) {
                    libraries.add(f);
                } else if (name.startsWith("javafx-") && name.endsWith("-linux.jar")) {
                    // JavaFX unpacks these from its jars at run time
                    try (ZipFile jar = new ZipFile(f.toFile())) {
                        for (ZipEntry entry : Collections.list(jar.entries())) {
                            if (entry.getName().endsWith(".so")) {
                                Path into = Files.createDirectories(natives.resolve(name));
                                try (InputStream in = jar.getInputStream(entry)) {
                                    Files.copy(in, into.resolve(Path.of(entry.getName()).getFileName().toString()));
                                }
                            }
                        }
                    }
                }
            }
        }
        try (Stream<Path> files = Files.walk(natives)) {
            files.filter(p -> p.toString().endsWith(".so")).forEach(libraries::add);
        }
        assertThat(libraries.stream().map(p -> p.getFileName().toString())).contains("libglassgtk3.so", "libprism_es2.so",
                "libawt_xawt.so");
        Set<String> inside = libraries.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        Set<String> needed = new TreeSet<>();
        for (Path library : libraries) {
            for (String line : run("objdump", "-p", library.toString()).split("\n")) {
                if (line.strip().startsWith("NEEDED")) {
                    needed.add(line.strip().split("\\s+")[1]);
                }
            }
        }
        needed.removeAll(inside);
        needed.removeIf(n -> n.startsWith("libjvm") || n.startsWith("ld-linux"));
        Set<String> declared = alternatives(control.get("Depends"));
        List<String> missing = new ArrayList<>();
        for (String library : needed) {
            String owner = run("sh", "-c", "dpkg -S '*/" + library + "' 2>/dev/null | head -1 | cut -d: -f1 || true").strip();
            if (owner.isEmpty() || !declared.contains(owner)) {
                missing.add(library + " (" + (owner.isEmpty() ? "not installed here" : "package " + owner) + ")");
            }
        }
        assertThat(missing).as("libraries loaded but not covered by Depends").isEmpty();
    }

    @Test
    void layoutModesAndThePath() throws Exception {
        for (String launcher : List.of("brewline", "brewline-kiosk", "brewline-barista", "brewline-pickup-board",
                "brewline-station-and-board", "brewline-office", "brewline-demo", "brewline-sandbox")) {
            assertThat(Files.isExecutable(unpacked.resolve("opt/brewline/bin/" + launcher))).as(launcher).isTrue();
        }
        assertThat(Files.readSymbolicLink(unpacked.resolve("usr/bin/brewline"))).isEqualTo(Path.of("/opt/brewline/bin/brewline"));
        assertThat(mode("etc/brewline")).isEqualTo("rwxr-x---");
        assertThat(mode("etc/brewline/brewline.json")).isEqualTo("rw-r-----");
        assertThat(run("dpkg-deb", "-c", deb.toString())).doesNotContain("payment.key").doesNotContain("var/lib/brewline");
        String cfg = Files.readString(unpacked.resolve("opt/brewline/lib/app/brewline-kiosk.cfg"));
        assertThat(cfg).contains("-Dbrewline.layout=system");
        assertThat(Files.readString(unpacked.resolve("opt/brewline/lib/app/brewline-demo.cfg"))).doesNotContain("brewline.layout");
        String conffiles = run("sh", "-c", "dpkg-deb --ctrl-tarfile '" + deb + "' | tar -xOf - ./conffiles");
        assertThat(conffiles.lines()).containsExactlyInAnyOrder("/etc/brewline/brewline.json",
                "/etc/brewline/brewline.json.example", "/etc/brewline/README");
    }

    @Test
    void theShippedConfigurationIsValidAndStoreWide(@TempDir Path etc) throws Exception {
        Path file = unpacked.resolve("etc/brewline/brewline.json");
        BrewlineConfig config = new ConfigLoader(Map.of(), Path.of("/nowhere")).load(file);
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/brewline"));
        assertThat(config.database()).isEqualTo(Path.of("/var/lib/brewline/brewline.db"));
        assertThat(config.provider().url()).isNull();
        // the example, with a key file beside it as the README says to make one
        Path example = Files.copy(unpacked.resolve("etc/brewline/brewline.json.example"), etc.resolve("brewline.json"));
        Files.writeString(etc.resolve("payment.key"), "live_sk_example\n");
        Files.setPosixFilePermissions(etc.resolve("payment.key"), PosixFilePermissions.fromString("rw-------"));
        BrewlineConfig full = new ConfigLoader(Map.of(), Path.of("/nowhere")).load(example);
        assertThat(full.provider().secretKey()).isEqualTo("live_sk_example");
        assertThat(full.dataDir()).isEqualTo(Path.of("/var/lib/brewline"));
    }

    @Test
    void onlyTheThreeScreensHaveDesktopEntriesWithIconAndCategories() throws Exception {
        Path applications = unpacked.resolve("usr/share/applications");
        try (Stream<Path> files = Files.list(applications)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "brewline-kiosk.desktop", "brewline-barista.desktop", "brewline-pickup-board.desktop");
        }
        for (String screen : List.of("kiosk", "barista", "pickup-board")) {
            List<String> entry = Files.readAllLines(applications.resolve("brewline-" + screen + ".desktop"));
            assertThat(entry).contains("[Desktop Entry]", "Type=Application", "Icon=brewline",
                    "Exec=/opt/brewline/bin/brewline-" + screen);
            assertThat(entry).anyMatch(l -> l.startsWith("Categories=") && l.contains("Office;"));
            assertThat(entry).anyMatch(l -> l.startsWith("Name[ko]="));
        }
        for (int size : new int[]{48, 64, 128, 256}) {
            BufferedImage icon = ImageIO.read(unpacked.resolve("usr/share/icons/hicolor/" + size + "x" + size + "/apps/brewline.png").toFile());
            assertThat(icon.getWidth()).isEqualTo(size);
            assertThat(icon.getHeight()).isEqualTo(size);
        }
    }

    @Test
    void unitsStartTheScreensUnderTheBrewlineUserAndRestartThem() throws Exception {
        String kiosk = Files.readString(unpacked.resolve("lib/systemd/system/brewline-kiosk.service"));
        assertThat(kiosk).contains("User=brewline", "Restart=on-failure", "ExecStart=/usr/bin/cage -d -s -- /opt/brewline/bin/brewline-kiosk",
                "TTYPath=/dev/tty1", "WantedBy=graphical.target", "Conflicts=getty@tty1.service");
        assertThat(Files.readString(unpacked.resolve("lib/systemd/system/brewline-session@.service")))
                .contains("User=brewline", "/opt/brewline/bin/brewline-%i", "Restart=on-failure");
        for (String screen : List.of("barista", "pickup-board")) {
            assertThat(Files.readString(unpacked.resolve("usr/lib/systemd/user/brewline-" + screen + ".service")))
                    .contains("ExecStart=/opt/brewline/bin/brewline-" + screen, "Restart=on-failure",
                            "PartOf=graphical-session.target", "WantedBy=graphical-session.target");
        }
    }

    @Test
    void maintainerScriptsInATemporaryRoot(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("var/lib/dpkg/info"));
        Files.createDirectories(root.resolve("var/lib/dpkg/updates"));
        Files.createDirectories(root.resolve("var/lib/dpkg/triggers"));
        Files.writeString(root.resolve("var/lib/dpkg/status"), "");
        Files.writeString(root.resolve("var/lib/dpkg/available"), "");
        Files.createDirectories(root.resolve("etc"));
        Files.writeString(root.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.writeString(root.resolve("etc/group"), "root:x:0:\nvideo:x:44:\naudio:x:29:\ninput:x:105:\nrender:x:106:\n");
        Files.writeString(root.resolve("etc/shadow"), "root:*:19000:0:99999:7:::\n");
        Files.writeString(root.resolve("etc/gshadow"), "root:*::\nvideo:*::\naudio:*::\ninput:*::\nrender:*::\n");
        Files.setPosixFilePermissions(root.resolve("etc/shadow"), PosixFilePermissions.fromString("rw-r-----"));
        Files.setPosixFilePermissions(root.resolve("etc/gshadow"), PosixFilePermissions.fromString("rw-r-----"));
        if (Files.exists(Path.of("/etc/login.defs"))) {
            Files.copy(Path.of("/etc/login.defs"), root.resolve("etc/login.defs"));
        }

        dpkg(root, Map.of(), "-i", deb.toString());
        String passwd = Files.readString(root.resolve("etc/passwd"));
        assertThat(passwd.lines().filter(l -> l.startsWith("brewline:"))).singleElement().satisfies(line -> {
            assertThat(line).endsWith(":/var/lib/brewline:/usr/sbin/nologin");
        });
        int uid = Integer.parseInt(passwd.lines().filter(l -> l.startsWith("brewline:")).findFirst().orElseThrow().split(":")[2]);
        assertThat(uid).as("a system account").isLessThan(1000);
        assertThat(Files.readString(root.resolve("etc/group"))).containsPattern("(?m)^video:x:44:brewline$");
        int gid = Integer.parseInt(Files.readString(root.resolve("etc/group")).lines().filter(l -> l.startsWith("brewline:"))
                .findFirst().orElseThrow().split(":")[2]);
        assertOwned(root.resolve("var/lib/brewline"), "rwxr-x---", uid, gid);
        assertOwned(root.resolve("etc/brewline"), "rwxr-x---", 0, gid);
        assertOwned(root.resolve("etc/brewline/brewline.json"), "rw-r-----", 0, gid);
        assertThat(root.resolve("opt/brewline/bin/brewline-kiosk")).isExecutable();
        screensHaveClassDataArchivesThatMap(root);

        // a key put in place, then the package installed again (an upgrade): idempotent, the key made the user's alone
        Files.writeString(root.resolve("etc/brewline/payment.key"), "live_sk\n");
        Files.setPosixFilePermissions(root.resolve("etc/brewline/payment.key"), PosixFilePermissions.fromString("rw-r--r--"));
        dpkg(root, Map.of(), "-i", deb.toString());
        assertThat(Files.readString(root.resolve("etc/passwd")).lines().filter(l -> l.startsWith("brewline:"))).hasSize(1);
        assertOwned(root.resolve("etc/brewline/payment.key"), "rw-------", uid, gid);

        // purge with the store's data in place: everything of the package goes, the data and its owner stay
        Files.writeString(root.resolve("var/lib/brewline/brewline.db"), "orders");
        dpkg(root, Map.of(), "--purge", "brewline");
        assertThat(root.resolve("opt/brewline")).doesNotExist();
        assertThat(root.resolve("etc/brewline")).doesNotExist();
        assertThat(root.resolve("usr/bin/brewline")).doesNotExist();
        assertThat(root.resolve("usr/share/applications/brewline-kiosk.desktop")).doesNotExist();
        assertThat(root.resolve("lib/systemd/system/brewline-kiosk.service")).doesNotExist();
        assertThat(root.resolve("var/lib/brewline/brewline.db")).hasContent("orders");
        assertThat(Files.readString(root.resolve("etc/passwd"))).contains("brewline:");

        // installed again, then purged asking for the data too: nothing left, the account gone
        dpkg(root, Map.of(), "-i", deb.toString());
        dpkg(root, Map.of("BREWLINE_PURGE_DATA", "yes"), "--purge", "brewline");
        assertThat(root.resolve("var/lib/brewline")).doesNotExist();
        assertThat(Files.readString(root.resolve("etc/passwd"))).doesNotContain("brewline");
        assertThat(Files.readString(root.resolve("etc/group"))).doesNotContain("brewline");
        List<String> left = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().contains("brewline") && !p.startsWith(root.resolve("var/lib/dpkg")))
                    .forEach(p -> left.add(root.relativize(p).toString()));
        }
        assertThat(left).as("left behind by purge").isEmpty();
    }

    /**
     * postinst made each screen's class-data archive for the installed class path (here under the temporary
     * root): the runtime maps it with -Xshare:on (which refuses to start on any mismatch) on the launcher's own
     * class path and options.
     */
    private static void screensHaveClassDataArchivesThatMap(Path root) throws Exception {
        Path lib = root.resolve("opt/brewline/lib");
        for (String screen : List.of("kiosk", "barista", "pickup-board", "station-and-board")) {
            Path archive = lib.resolve("cds/brewline-" + screen + ".jsa");
            assertThat(archive).as(screen + ": " + (Files.exists(lib.resolve("cds/brewline-" + screen + ".jsa.log"))
                    ? Files.readString(lib.resolve("cds/brewline-" + screen + ".jsa.log")) : "no log")).isRegularFile();
            List<String> cfg = Files.readAllLines(lib.resolve("app/brewline-" + screen + ".cfg"));
            String classPath = cfg.stream().filter(l -> l.startsWith("app.classpath=$APPDIR/"))
                    .map(l -> lib.resolve("app").resolve(l.substring("app.classpath=$APPDIR/".length())).toString())
                    .collect(Collectors.joining(":"));
            assertThat(cfg).anyMatch(l -> l.contains("-XX:SharedArchiveFile=$APPDIR/../cds/brewline-" + screen + ".jsa"));
            List<String> command = new ArrayList<>(List.of(lib.resolve("runtime/bin/java").toString()));
            command.addAll(com.brewline.demo.ScreenJvmOptions.shipped());
            command.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-cp", classPath, "-version"));
            Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
            String said = new String(run.getInputStream().readAllBytes());
            assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(run.exitValue()).as(screen + ": " + said).isZero();
        }
    }

    private static void assertOwned(Path path, String mode, int uid, int gid) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class);
        assertThat(PosixFilePermissions.toString(attributes.permissions())).as(path + " mode").isEqualTo(mode);
        assertThat((Integer) Files.getAttribute(path, "unix:uid")).as(path + " owner").isEqualTo(uid);
        assertThat((Integer) Files.getAttribute(path, "unix:gid")).as(path + " group").isEqualTo(gid);
    }

    private static String mode(String relative) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(unpacked.resolve(relative)));
    }

    /** Every package a Depends/Recommends field names, alternatives included, without versions. */
    private static Set<String> alternatives(String field) {
        return Arrays.stream(field.split("[,|]")).map(s -> s.strip().split("[ (:]")[0]).collect(Collectors.toSet());
    }

    private static void dpkg(Path root, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("dpkg", "--root=" + root, "--force-script-chrootless",
                "--force-depends", "--force-not-root", "--log=/dev/null"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("dpkg " + String.join(" ", args) + " did not finish in 2 minutes:\n" + output);
        }
        assertThat(process.exitValue()).as("dpkg " + String.join(" ", args) + ":\n" + output).isZero();
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in 2 minutes");
        }
        if (process.exitValue() != 0) {
            fail(String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + output);
        }
        return output;
    }
}
