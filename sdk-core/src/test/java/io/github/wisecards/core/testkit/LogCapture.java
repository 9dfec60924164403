package io.github.wisecards.core.testkit;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Records what SLF4J loggers under a name prefix log, at every level down to TRACE, while open.
 * Works with {@link CapturingLoggerProvider} as the test SLF4J binding (declare it in the test
 * module's {@code META-INF/services/org.slf4j.spi.SLF4JServiceProvider}).
 *
 * <pre>{@code
 * try (LogCapture logs = LogCapture.start("io.github.wisecards.http")) {
 *     ...
 *     assertThat(logs.text()).doesNotContain(secret);
 * }
 * }</pre>
 */
public final class LogCapture implements AutoCloseable {
    static final List<LogCapture> ACTIVE = new CopyOnWriteArrayList<>();

    private final String prefix;
    private final List<Event> events = new CopyOnWriteArrayList<>();

    private LogCapture(String prefix) {
        this.prefix = prefix;
    }

    /**
     * Starts capturing every event of loggers whose name starts with {@code loggerPrefix}.
     *
     * @throws IllegalStateException if {@link CapturingLoggerProvider} is not the SLF4J binding
     */
    public static LogCapture start(String loggerPrefix) {
        if (!(LoggerFactory.getILoggerFactory() instanceof CapturingLoggerProvider.Factory)) {
            throw new IllegalStateException("CapturingLoggerProvider is not the SLF4J binding but "
                    + LoggerFactory.getILoggerFactory().getClass().getName());
        }
        LogCapture c = new LogCapture(loggerPrefix);
        ACTIVE.add(c);
        return c;
    }

    static boolean enabled(String loggerName) {
        for (LogCapture c : ACTIVE) {
            if (loggerName.startsWith(c.prefix)) {
                return true;
            }
        }
        return false;
    }

    static void offer(Event e) {
        for (LogCapture c : ACTIVE) {
            if (e.logger().startsWith(c.prefix)) {
                c.events.add(e);
            }
        }
    }

    /** Returns the events captured so far, in order. */
    public List<Event> events() {
        return List.copyOf(events);
    }

    /** Returns the events at {@code level}. */
    public List<Event> events(Level level) {
        return events.stream().filter(e -> e.level() == level).collect(Collectors.toList());
    }

    /** Returns every captured message and throwable (with causes and stack traces), one per line. */
    public String text() {
        return events.stream().map(Event::fullText).collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        ACTIVE.remove(this);
    }

    /**
     * One logged event.
     *
     * @param level the level
     * @param logger the logger name
     * @param message the formatted message
     * @param throwable the throwable logged with it, or null
     */
    public record Event(Level level, String logger, String message, Throwable throwable) {
        /** Returns the message followed by the throwable's stack trace, if any. */
        public String fullText() {
            if (throwable == null) {
                return level + " " + logger + " " + message;
            }
            StringWriter w = new StringWriter();
            throwable.printStackTrace(new PrintWriter(w));
            return level + " " + logger + " " + message + "\n" + w;
        }
    }
}
