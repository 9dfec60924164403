package io.github.wisecards.examples.docs;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Reads the {@code ```java} blocks of Markdown files and compiles them with {@code javax.tools}
 * against the test class path. The convention (an HTML comment before a block names its kind) is
 * documented in {@code docs/writing-docs.md}.
 */
final class DocSnippets {
    /** How a block is compiled. */
    enum Kind {
        /** Statements: the body of a method of a {@link SnippetContext} subclass (the default). */
        STATEMENTS,
        /** Members (fields, methods, nested classes) of a {@link SnippetContext} subclass. */
        MEMBERS,
        /** A whole compilation unit: imports and top-level classes (no package line). */
        UNIT,
        /** Not compiled; the comment must give the reason. */
        SKIP
    }

    /**
     * One {@code ```java} block.
     *
     * @param file the Markdown file
     * @param line the 1-based line of the block's first code line
     * @param kind how it is compiled
     * @param run whether the test also runs it against the simulator
     * @param code the block's code
     */
    record Snippet(Path file, int line, Kind kind, boolean run, String code) {
        /** Returns {@code file:line}, relative to {@code root}. */
        String where(Path root) {
            return root.relativize(file) + ":" + line;
        }

        /** Returns the unique package the block is compiled in. */
        String packageName() {
            String base = file.getFileName().toString().replaceAll("\\.md$", "");
            return "snippets." + base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + ".l" + line;
        }

        /** Returns the name of the class a STATEMENTS or MEMBERS block is compiled into. */
        String className() {
            if (kind == Kind.UNIT) {
                Matcher m = TOP_LEVEL_TYPE.matcher(code);
                if (!m.find()) {
                    throw new IllegalStateException(file + ":" + line + ": a unit snippet declares no class");
                }
                return packageName() + "." + m.group(1);
            }
            return packageName() + ".Snippet";
        }
    }

    /** The result of compiling snippets: the errors, each as {@code file:line: message}. */
    record Compilation(Path classes, List<String> errors) {}

    static final String MARKER = "<!-- snippet:";
    private static final Pattern COMMENT = Pattern.compile("<!--\\s*snippet:\\s*(.*?)\\s*-->");
    private static final Pattern TOP_LEVEL_TYPE =
            Pattern.compile("(?m)^(?:public\\s+)?(?:final\\s+)?(?:class|interface|record|enum)\\s+(\\w+)");

    /** Wildcard imports every snippet gets: the SDK's public packages and the JDK's usual ones. */
    static final List<String> IMPORTS = List.of(
            "io.github.wisecards.core.*",
            "io.github.wisecards.core.errors.*",
            "io.github.wisecards.cards.*",
            "io.github.wisecards.cards.model.*",
            "io.github.wisecards.kiosk.*",
            "io.github.wisecards.kiosk.model.*",
            "io.github.wisecards.webhooks.*",
            "io.github.wisecards.webhooks.event.*",
            "io.github.wisecards.testing.*",
            "io.github.wisecards.examples.*",
            "java.io.*",
            "java.net.*",
            "java.security.*",
            "java.time.*",
            "java.util.*",
            "java.util.concurrent.*",
            "java.util.function.*");

    private DocSnippets() {}

    /** Returns the repository root: the first directory up from the working directory with a README.md and docs/. */
    static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("README.md")) && Files.isDirectory(d.resolve("docs"))) {
                return d;
            }
        }
        throw new IllegalStateException("no README.md with a docs/ folder above " + dir);
    }

    /** Returns README.md and every docs/*.md of the repository, in name order. */
    static List<Path> documents(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    /**
     * Returns the {@code ```java} blocks of a Markdown file.
     *
     * @throws IllegalArgumentException for an unknown kind, a skip without a reason, or an
     *     unclosed block
     */
    static List<Snippet> extract(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Snippet> snippets = new ArrayList<>();
        String comment = null;
        for (int i = 0; i < lines.size(); i++) {
            String trimmed = lines.get(i).trim();
            if (trimmed.startsWith("```java")) {
                String indent = lines.get(i).substring(0, lines.get(i).indexOf('`'));
                StringBuilder code = new StringBuilder();
                int start = i + 2;
                int j = i + 1;
                for (; j < lines.size() && !lines.get(j).trim().equals("```"); j++) {
                    String l = lines.get(j);
                    code.append(l.startsWith(indent) ? l.substring(indent.length()) : l)
                            .append('\n');
                }
                if (j == lines.size()) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": unclosed ```java block");
                }
                snippets.add(snippet(file, start, comment, code.toString()));
                comment = null;
                i = j;
            } else if (trimmed.startsWith("```")) {
                int j = i + 1;
                while (j < lines.size() && !lines.get(j).trim().startsWith("```")) {
                    j++;
                }
                comment = null;
                i = j;
            } else if (!trimmed.isEmpty()) {
                Matcher m = COMMENT.matcher(trimmed);
                comment = m.matches() ? m.group(1) : null;
            }
        }
        return snippets;
    }

    private static Snippet snippet(Path file, int line, String comment, String code) {
        if (comment == null) {
            return new Snippet(file, line, Kind.STATEMENTS, false, code);
        }
        String[] words = comment.split("\\s+", 2);
        Kind kind;
        try {
            kind = Kind.valueOf(words[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ":" + line + ": unknown snippet kind '" + words[0] + "'", e);
        }
        String rest = words.length > 1 ? words[1].trim() : "";
        if (kind == Kind.SKIP && rest.isEmpty()) {
            throw new IllegalArgumentException(file + ":" + line + ": 'snippet: skip' needs a reason");
        }
        boolean run = kind != Kind.SKIP && rest.equals("run");
        if (kind != Kind.SKIP && !rest.isEmpty() && !run) {
            throw new IllegalArgumentException(file + ":" + line + ": unknown snippet option '" + rest + "'");
        }
        return new Snippet(file, line, kind, run, code);
    }

    /** Returns the Java source a snippet is compiled from; its code starts after {@link #headerLines}. */
    static String source(Snippet s) {
        StringBuilder src = new StringBuilder();
        src.append("package ").append(s.packageName()).append(";\n");
        for (String i : IMPORTS) {
            src.append("import ").append(i).append(";\n");
        }
        switch (s.kind()) {
            case STATEMENTS ->
                src.append("public class Snippet extends ")
                        .append(SnippetContext.class.getName())
                        .append(" { @Override public void run() throws Exception {\n");
            case MEMBERS ->
                src.append("public class Snippet extends ")
                        .append(SnippetContext.class.getName())
                        .append(" {\n");
            default -> {}
        }
        src.append(s.code());
        if (s.kind() == Kind.STATEMENTS) {
            src.append("}}\n");
        } else if (s.kind() == Kind.MEMBERS) {
            src.append("}\n");
        }
        return src.toString();
    }

    private static int headerLines(Snippet s) {
        return 1 + IMPORTS.size() + (s.kind() == Kind.UNIT ? 0 : 1);
    }

    /** Compiles every snippet but the skipped ones, in one javac run, into {@code out}. */
    static Compilation compile(List<Snippet> snippets, Path root, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no system Java compiler: run the tests on a JDK");
        }
        List<Source> sources = new ArrayList<>();
        for (Snippet s : snippets) {
            if (s.kind() != Kind.SKIP) {
                sources.add(new Source(s));
            }
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> options = List.of("-classpath", classPath, "-d", out.toString(), "-proc:none", "-nowarn");
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            javac.getTask(null, files, diagnostics, options, null, sources).call();
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String where = "(no source)";
            if (d.getSource() instanceof Source src) {
                Snippet s = src.snippet;
                long line = s.line() + d.getLineNumber() - headerLines(s) - 1;
                where = root.relativize(s.file()) + ":" + line;
            }
            errors.add(where + ": " + d.getMessage(Locale.ROOT));
        }
        return new Compilation(out, errors);
    }

    private static final class Source extends SimpleJavaFileObject {
        final Snippet snippet;
        private final String text;

        Source(Snippet snippet) {
            super(
                    URI.create("string:///" + snippet.className().replace('.', '/')
                            + JavaFileObject.Kind.SOURCE.extension),
                    JavaFileObject.Kind.SOURCE);
            this.snippet = snippet;
            this.text = source(snippet);
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
