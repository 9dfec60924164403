package io.github.wisecards.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.examples.docs.DocSnippets.Compilation;
import io.github.wisecards.examples.docs.DocSnippets.Kind;
import io.github.wisecards.examples.docs.DocSnippets.Snippet;
import io.github.wisecards.kiosk.KioskClient;
import io.github.wisecards.testing.WiseSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Compiles every {@code ```java} block of README.md and docs/*.md, read from the files themselves,
 * and runs the blocks marked {@code run} against the simulator. The convention is in
 * docs/writing-docs.md.
 */
class DocSnippetsTest {
    @TempDir
    static Path classes;

    private static Path root;
    private static List<Snippet> snippets;
    private static Compilation compilation;

    @BeforeAll
    static void compileEverySnippet() throws IOException {
        root = DocSnippets.repositoryRoot();
        snippets = new ArrayList<>();
        for (Path doc : DocSnippets.documents(root)) {
            snippets.addAll(DocSnippets.extract(doc));
        }
        compilation = DocSnippets.compile(snippets, root, classes);
    }

    @Test
    void everyJavaBlockOfTheReadmeAndTheDocsCompiles() {
        assertThat(snippets).as("java blocks found").hasSizeGreaterThan(20);
        assertThat(compilation.errors())
                .as("compile errors of the docs' Java blocks")
                .isEmpty();
        System.out.printf(
                "DOC SNIPPETS %d blocks in %d files: %d compiled, %d run, %d skipped%n",
                snippets.size(),
                snippets.stream().map(Snippet::file).distinct().count(),
                snippets.stream().filter(s -> s.kind() != Kind.SKIP).count(),
                snippets.stream().filter(Snippet::run).count(),
                snippets.stream().filter(s -> s.kind() == Kind.SKIP).count());
    }

    @Test
    void theReadmeHasRunnableSnippetsAndEveryGuideHasJava() {
        assertThat(snippets)
                .filteredOn(s -> s.file().getFileName().toString().equals("README.md"))
                .filteredOn(Snippet::run)
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theReadmeIsAFrontDoorOfAtMost300LinesWithATableOfContents() throws IOException {
        List<String> readme = Files.readAllLines(root.resolve("README.md"));

        assertThat(readme).hasSizeLessThanOrEqualTo(300).contains("## Contents");
    }

    @TestFactory
    Stream<DynamicTest> snippetsMarkedRunRunAgainstTheSimulator() {
        assertThat(compilation.errors()).isEmpty();
        return snippets.stream().filter(Snippet::run).map(s -> DynamicTest.dynamicTest(s.where(root), () -> run(s)));
    }

    @Test
    void aBrokenSnippetFailsNamingItsFileAndLine(@TempDir Path out) throws Exception {
        Path broken = Path.of(
                DocSnippetsTest.class.getResource("/docs-snippets/broken.md").toURI());

        List<Snippet> found = DocSnippets.extract(broken);
        Compilation result = DocSnippets.compile(found, broken.getParent(), out);

        assertThat(found).extracting(Snippet::kind).containsExactly(Kind.STATEMENTS, Kind.MEMBERS, Kind.SKIP);
        assertThat(result.errors())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("broken.md:8: ")
                .contains("noSuchMethod");
    }

    @Test
    void aSkipWithoutAReasonIsRefused(@TempDir Path dir) throws IOException {
        Path doc = Files.writeString(dir.resolve("skip.md"), "<!-- snippet: skip -->\n```java\nint x;\n```\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DocSnippets.extract(doc))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("skip.md:3: 'snippet: skip' needs a reason");
    }

    private static void run(Snippet s) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(
                        new URL[] {classes.toUri().toURL()}, DocSnippetsTest.class.getClassLoader());
                WiseSimulator simulator = WiseSimulator.started();
                CardsClient cards = CardsClient.create(simulator.clientOptions().build());
                KioskClient kiosk = KioskClient.create(simulator.clientOptions().build())) {
            Class<?> type = loader.loadClass(s.className());
            if (s.kind() == Kind.UNIT) {
                runTests(s, type);
                return;
            }
            SnippetContext context =
                    (SnippetContext) type.getDeclaredConstructor().newInstance();
            context.bind(simulator, cards, kiosk);
            context.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void runTests(Snippet s, Class<?> testClass) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(selectClass(testClass))
                                .build(),
                        listener);
        TestExecutionSummary summary = listener.getSummary();
        assertThat(summary.getTestsFoundCount())
                .as(s.where(root) + ": tests found")
                .isPositive();
        assertThat(summary.getFailures())
                .as(s.where(root) + ": failures")
                .extracting(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException())
                .isEmpty();
    }
}
