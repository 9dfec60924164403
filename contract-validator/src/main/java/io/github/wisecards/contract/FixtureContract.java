package io.github.wisecards.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Maps every fixture file of a module to the part of the contract it stands for and checks it.
 *
 * <pre>{@code
 * FixtureContract.check("/fixtures", Map.of(
 *         "card-orders/retrieve-response.json", FixtureContract.response("cardOrderGet", 200),
 *         "card-orders/create-request.json", FixtureContract.request("cardOrderCreate")));
 * }</pre>
 *
 * <p>A fixture without a mapping, or a mapping without a file, fails; so does a fixture whose
 * violations differ from those its mapping expects (a fixture that breaks the contract on purpose,
 * to test the SDK's leniency, lists each violation it carries).
 */
public final class FixtureContract {
    private final String label;
    private final Kind kind;
    private final String operationId;
    private final int status;
    private final String schemaPointer;
    private final String fixturePointer;
    private final List<String> expected;

    private enum Kind {
        RESPONSE,
        REQUEST,
        PART
    }

    private FixtureContract(
            String label,
            Kind kind,
            String operationId,
            int status,
            String schemaPointer,
            String fixturePointer,
            List<String> expected) {
        this.label = label;
        this.kind = kind;
        this.operationId = operationId;
        this.status = status;
        this.schemaPointer = schemaPointer;
        this.fixturePointer = fixturePointer;
        this.expected = List.copyOf(expected);
    }

    /** The fixture is the body of an operation's response with this status. */
    public static FixtureContract response(String operationId, int status) {
        ContractValidator.wiseCards().operation(operationId);
        return new FixtureContract(
                operationId + " " + status + " response", Kind.RESPONSE, operationId, status, null, null, List.of());
    }

    /** The fixture is the body of an operation's request. */
    public static FixtureContract request(String operationId) {
        ContractValidator.wiseCards().operation(operationId);
        return new FixtureContract(operationId + " request", Kind.REQUEST, operationId, 0, null, null, List.of());
    }

    /**
     * The value at {@code fixturePointer} in the fixture (a JSON pointer, {@code ""} for all of it)
     * is an instance of the contract's schema at {@code schemaPointer}, for example {@code
     * /components/schemas/CardOrder}.
     */
    public static FixtureContract part(String schemaPointer, String fixturePointer) {
        return new FixtureContract(
                schemaPointer + " at '" + fixturePointer + "'",
                Kind.PART,
                "(schema)",
                0,
                schemaPointer,
                fixturePointer,
                List.of());
    }

    /**
     * Returns this mapping with the violations the fixture carries on purpose, each as {@code
     * "<pointer> [<rule>]"}, for example {@code "/response/body/status [enum]"}.
     */
    public FixtureContract breaking(String... violations) {
        return new FixtureContract(
                label, kind, operationId, status, schemaPointer, fixturePointer, List.of(violations));
    }

    /** Returns the violations of one fixture's JSON text against this mapping. */
    public List<Violation> violations(String json) {
        ContractValidator contract = ContractValidator.wiseCards();
        return switch (kind) {
            case RESPONSE -> contract.validateResponseBody(operationId, status, json);
            case REQUEST -> contract.validateRequestBody(operationId, json);
            case PART -> contract.validatePart(schemaPointer, fixturePointer, json);
        };
    }

    /**
     * Checks every file under the class-path directory {@code root} against its mapping.
     *
     * @param root a class-path directory, for example {@code /fixtures}
     * @param mappings relative file name (with {@code /} separators) to its mapping
     * @throws AssertionError listing every unmapped file, missing file and unexpected violation
     */
    public static void check(String root, Map<String, FixtureContract> mappings) {
        Path dir = directory(root);
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile)
                    .forEach(p -> files.add(dir.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        for (String file : files) {
            FixtureContract mapping = mappings.get(file);
            if (mapping == null) {
                problems.add(file + ": no mapping to an operation of the contract (add one to this test)");
                continue;
            }
            String json = read(dir.resolve(file));
            List<String> found = mapping.violations(json).stream()
                    .map(v -> v.pointer() + " [" + v.rule() + "]")
                    .toList();
            if (!new TreeSet<>(found).equals(new TreeSet<>(mapping.expected))) {
                problems.add(file + " as " + mapping.label + ": expected violations " + mapping.expected + ", found "
                        + mapping.violations(json));
            }
        }
        for (String mapped : new TreeSet<>(mappings.keySet())) {
            if (!files.contains(mapped)) {
                problems.add(mapped + ": mapped but no such fixture under " + root);
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(
                    "fixtures vs contract/wise-cards.openapi.json:\n  " + String.join("\n  ", problems));
        }
    }

    private static Path directory(String root) {
        URL url = Objects.requireNonNull(
                FixtureContract.class.getResource(root), () -> "no class-path directory " + root);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return label + (expected.isEmpty() ? "" : " breaking " + expected);
    }
}
