package io.github.wisecards.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A test whose {@code catchThrowable(..)} or {@code catchThrowableOfType(..)} result is thrown away
 * cannot fail when nothing is thrown (AssertJ then returns null): every test source of the reactor
 * must assert on the result or use {@code assertThatThrownBy}.
 */
class DiscardedCatchThrowableTest {
    private static final Pattern CALL = Pattern.compile("\\b(?:Assertions\\.)?catchThrowable(?:OfType)?\\s*\\(");

    @Test
    void noTestSourceDiscardsACaughtThrowable() {
        Path root = Paths.get(System.getProperty("wisecards.reactorRoot"));
        List<String> found = new ArrayList<>();
        int files = 0;
        for (String module : Reactor.modulesWithJavaCode(root)) {
            Path tests = root.resolve(module).resolve("src/test/java");
            if (!Files.isDirectory(tests)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(tests)) {
                for (Path file :
                        walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                    files++;
                    String source = Files.readString(file, StandardCharsets.UTF_8);
                    discardedCalls(source).forEach(line -> found.add(root.relativize(file) + ":" + line));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(files).as("test sources read").isGreaterThan(100);
        assertThat(found).as("catchThrowable results thrown away").isEmpty();
    }

    @Test
    void aStatementThatIsOnlyACatchThrowableCallIsFound() {
        String source = "class T {\n  void t() {\n    Throwable kept = catchThrowable(() -> run());\n"
                + "    assertThat(kept).isNotNull();\n    catchThrowableOfType(\n"
                + "        IllegalStateException.class, () -> run());\n  }\n}\n";

        assertThat(discardedCalls(source)).containsExactly(5);
    }

    /** Returns the lines of calls that begin a statement (nothing assigned, returned or passed on). */
    static List<Integer> discardedCalls(String source) {
        List<Integer> lines = new ArrayList<>();
        Matcher m = CALL.matcher(source);
        while (m.find()) {
            int start = m.start();
            int previous = Math.max(
                    source.lastIndexOf(';', start - 1),
                    Math.max(source.lastIndexOf('{', start - 1), source.lastIndexOf('}', start - 1)));
            String before = source.substring(previous + 1, start)
                    .replaceAll("//[^\n]*", "")
                    .strip();
            if (before.isEmpty()) {
                lines.add(lineOf(source, start));
            }
        }
        return lines;
    }

    private static int lineOf(String source, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
