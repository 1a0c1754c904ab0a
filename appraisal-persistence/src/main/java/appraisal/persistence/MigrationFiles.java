package appraisal.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The migration files a build ships, found where Flyway finds them: the folders of
 * {@link Dialect#migrationLocations()} on the class path, a directory (tests, an IDE) or the
 * shaded jar. Listing them needs none of Flyway's classes, so the start of a command can tell
 * from the files alone whether Flyway must run ({@link Schema}); and a new migration is one new
 * file, with no list to keep beside it. (A list written at build time would spare the walk over
 * the jar's entries, but needs a build plugin the project does not use.)
 */
final class MigrationFiles {

    private static final String ROOT = "db/migration/";
    private static final String FIRST = "common/V1__schema.sql";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__[^/]+\\.sql");

    private MigrationFiles() {
    }

    /** The dialect's migrations as paths under {@code db/migration} ({@code common/V1__schema.sql}), in version order. */
    static List<String> of(Dialect dialect, ClassLoader loader) {
        // Found by its first file, not by its folder: a jar need not hold entries for folders.
        URL first = loader.getResource(ROOT + FIRST);
        if (first == null) {
            throw new StoreException("the migrations (" + ROOT + FIRST + ") are missing from the build");
        }
        List<String> folders = List.of("common", dialect.migrationFolder());
        List<String> files = new ArrayList<>(listed(first, folders));
        files.sort(Comparator.comparingInt(MigrationFiles::version));
        return List.copyOf(files);
    }

    private static int version(String file) {
        Matcher m = VERSIONED.matcher(file.substring(file.indexOf('/') + 1));
        if (!m.matches()) {
            throw new StoreException("migration " + file + " is not named V<number>__<description>.sql");
        }
        return Integer.parseInt(m.group(1));
    }

    /** The files directly in {@code folders} of the migrations, found beside {@code first}, as {@code folder/name}. */
    private static List<String> listed(URL first, List<String> folders) {
        try {
            return switch (first.getProtocol()) {
                case "file" -> {
                    List<String> files = new ArrayList<>();
                    Path root = Path.of(first.toURI()).getParent().getParent();
                    for (String folder : folders) {
                        Path dir = root.resolve(folder);
                        if (Files.isDirectory(dir)) {
                            try (Stream<Path> in = Files.list(dir)) {
                                in.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".sql")).forEach(p -> files.add(folder + "/" + p.getFileName()));
                            }
                        }
                    }
                    yield files;
                }
                case "jar" -> inJar(first, folders);
                default -> throw new StoreException("cannot list the migrations at " + first
                        + ": run the program from its jar or from a directory of classes");
            };
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the migrations beside " + first, e);
        } catch (URISyntaxException e) {
            throw new StoreException("cannot list the migrations at " + first + ": " + e.getMessage(), e);
        }
    }

    /** One pass over the jar's entries for every folder: a shaded jar has thousands, and this runs at every start. */
    private static List<String> inJar(URL first, List<String> folders) throws IOException {
        URLConnection connection = first.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            throw new StoreException("cannot list the migrations at " + first + ": not a jar");
        }
        // Not cached: the class loader keeps its own handle on the jar; this one is closed here.
        jar.setUseCaches(false);
        List<String> files = new ArrayList<>();
        try (JarFile file = jar.getJarFile()) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (!name.startsWith(ROOT) || !name.endsWith(".sql")) {
                    continue;
                }
                String rest = name.substring(ROOT.length());
                int slash = rest.indexOf('/');
                if (slash > 0 && rest.indexOf('/', slash + 1) < 0 && folders.contains(rest.substring(0, slash))) {
                    files.add(rest);
                }
            }
        }
        return files;
    }

}
