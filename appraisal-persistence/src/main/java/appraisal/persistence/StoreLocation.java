package appraisal.persistence;

import appraisal.domain.model.shared.DomainException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Where a store lives, read from the connection string a user gives ({@code --db}):
 * <ul>
 *   <li>a file path, or {@code jdbc:sqlite:PATH}: SQLite (the default; see {@link #DEFAULT});</li>
 *   <li>{@code jdbc:postgresql://host:port/db?user=…&password=…}: PostgreSQL, as the driver reads it;</li>
 *   <li>{@code postgresql://user:password@host:port/db} (or {@code postgres://}): PostgreSQL in the
 *       libpq form; user and password are URL-decoded, the query is passed to the driver.</li>
 * </ul>
 * The password never appears in {@link #toString()}, {@link #where()} or an error message;
 * {@link #redact} is the one rule that masks it wherever a connection string is shown.
 *
 * @param dialect  which database
 * @param jdbcUrl  the JDBC URL without user and password
 * @param user     the user, or empty to leave it to the URL or the driver's default
 * @param password the password, or empty
 */
public record StoreLocation(Dialect dialect, String jdbcUrl, String user, String password) {

    /** The SQLite file used when no location is given: {@code appraisal.db} in the working directory. */
    public static final String DEFAULT = "appraisal.db";

    private static final String SQLITE_PREFIX = "jdbc:sqlite:";

    public StoreLocation {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** Reads a connection string; anything not recognised as a URL is a SQLite file path. */
    public static StoreLocation parse(String connection) {
        if (connection == null || connection.isBlank()) {
            throw DomainException.invalid("store.no-location", "no database given: name a SQLite file or a PostgreSQL URL", "db");
        }
        String text = connection.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith(SQLITE_PREFIX)) {
            return sqlite(text.substring(SQLITE_PREFIX.length()));
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return new StoreLocation(Dialect.POSTGRESQL, text, "", "");
        }
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            return libpq(text);
        }
        if (lower.startsWith("jdbc:")) {
            throw DomainException.invalid("store.unsupported-database",
                    "unsupported database URL '" + redact(text) + "': use a SQLite file, jdbc:sqlite:, jdbc:postgresql: or postgresql://", "db");
        }
        return sqlite(text);
    }

    /** The SQLite file of this location; only for {@link Dialect#SQLITE}. */
    public Path sqliteFile() {
        if (dialect != Dialect.SQLITE) {
            throw new IllegalStateException(this + " is not a SQLite file");
        }
        String path = jdbcUrl.substring(SQLITE_PREFIX.length());
        int query = path.indexOf('?');
        return Path.of(query < 0 ? path : path.substring(0, query));
    }

    private static StoreLocation sqlite(String pathAndQuery) {
        String path = pathAndQuery;
        String query = "";
        int q = pathAndQuery.indexOf('?');
        if (q >= 0) {
            path = pathAndQuery.substring(0, q);
            query = pathAndQuery.substring(q);
        }
        if (path.isBlank() || path.equals(":memory:") || path.startsWith("file::memory:") || query.contains("mode=memory")) {
            // Every connection would see its own empty database: nothing saved could be read back.
            throw DomainException.invalid("store.memory-database",
                    "an in-memory SQLite database cannot be shared between connections; give a file", "db");
        }
        if (path.startsWith("file:")) {
            throw DomainException.invalid("store.sqlite-uri", "give the SQLite file as a path, not a file: URI: " + path, "db");
        }
        try {
            return new StoreLocation(Dialect.SQLITE, SQLITE_PREFIX + Path.of(path).toAbsolutePath().normalize() + query, "", "");
        } catch (InvalidPathException e) {
            throw DomainException.invalid("store.bad-path", "'" + path + "' is not a file path: " + e.getReason(), "db");
        }
    }

    private static StoreLocation libpq(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw DomainException.invalid("store.bad-url", "'" + redact(text) + "' is not a PostgreSQL URL: " + e.getReason(), "db");
        }
        if (uri.getHost() == null) {
            throw DomainException.invalid("store.bad-url", "'" + redact(text) + "' names no host", "db");
        }
        String database = uri.getRawPath() == null || uri.getRawPath().length() <= 1 ? "" : decode(uri.getRawPath().substring(1));
        String user = "";
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String info = uri.getRawUserInfo();
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? "" : decode(info.substring(colon + 1));
        }
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
        if (uri.getPort() >= 0) {
            url.append(':').append(uri.getPort());
        }
        url.append('/').append(database);
        if (uri.getRawQuery() != null) {
            url.append('?').append(uri.getRawQuery());
        }
        return new StoreLocation(Dialect.POSTGRESQL, url.toString(), user, password);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /**
     * {@code text} with every password in it masked: the {@code user:password@} of a URL and any
     * {@code password=} parameter. For showing a connection string as the user gave it (a summary
     * line, a log) without its secret.
     */
    public static String redact(String text) {
        return text.replaceAll("://([^:/@]*):[^@/]*@", "://$1:***@").replaceAll("(?i)(password=)[^&;\\s]*", "$1***");
    }

    /**
     * Where the store is, for a person reading an error: {@code the SQLite file /srv/appraisal.db}
     * or {@code PostgreSQL at db.example:5432/appraisal} (host, port and database; no user, no
     * parameters, so no password).
     */
    public String where() {
        if (dialect == Dialect.SQLITE) {
            return "the SQLite file " + sqliteFile();
        }
        String rest = jdbcUrl.substring("jdbc:postgresql:".length());
        int query = rest.indexOf('?');
        rest = query < 0 ? rest : rest.substring(0, query);
        if (!rest.startsWith("//")) {
            return "PostgreSQL at localhost:5432/" + rest; // jdbc:postgresql:database
        }
        int slash = rest.indexOf('/', 2);
        String hosts = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
        String database = slash < 0 ? "" : rest.substring(slash);
        // host, host:port, [v6], [v6]:port, or several of them separated by commas
        String withPorts = Arrays.stream(hosts.split(","))
                .map(h -> h.matches(".*:\\d+") ? h : h + ":5432")
                .collect(Collectors.joining(","));
        return "PostgreSQL at " + withPorts + database;
    }

    @Override
    public String toString() {
        String who = user.isEmpty() ? "" : " as " + user;
        return dialect.name().toLowerCase(Locale.ROOT) + " " + redact(jdbcUrl) + who;
    }
}
