package io.github.wisecards.core.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Lets a PIT mutation minion list the tests it was sent without running them.
 *
 * <p>pitest-junit5-plugin learns which tests a class holds by executing the class. A mutation
 * minion does that for every test class that covers the class it mutates, before its first mutant
 * and again after every timed-out mutant, and throws the results away (measured on one sdk-kiosk
 * class: 6.5 of the 13 seconds its minion took). The only lasting effect of that run is that the
 * classes the tests touch are initialised by unmutated code, so a mutant never sees static state
 * that another mutant built.
 *
 * <p>While PIT's test finder is on the stack of a mutation minion, this interceptor skips the
 * bodies of tests and lifecycle methods (JUnit still reports each test and each parameterized
 * invocation as started, which is all the finder records), and first initialises every class of
 * the module under test ({@code target/classes}), unmutated, in place of that run: a static
 * initialiser that calls mutated code is in the module, and test classes are still initialised, as
 * JUnit still creates their instances. The runs that decide whether a mutant is killed are not
 * touched, nor is PIT's coverage run, nor any run outside PIT, where it is inert.
 *
 * <p>Registered through {@code META-INF/services} for JUnit's extension auto-detection, which the
 * mutation profile turns on in PIT's minions (the root pom's PIT {@code jvmArgs}).
 */
public final class PitTestListing implements InvocationInterceptor {
    private static final String MINION = "org.pitest.mutationtest.execute.MutationTestMinion";
    private static final String FINDER = "org.pitest.junit5.JUnit5TestUnitFinder";

    /** Whether this JVM is a PIT mutation minion, read once. */
    private static final boolean IN_MUTATION_MINION = onStack(MINION);

    private static boolean classesInitialised;

    /** Creates the interceptor (JUnit calls it). */
    public PitTestListing() {}

    private static boolean onStack(String className) {
        return StackWalker.getInstance()
                .walk(frames -> frames.anyMatch(f -> f.getClassName().equals(className)));
    }

    /** Whether the running invocation is part of PIT's listing of tests in a mutation minion. */
    private static boolean listing() {
        return IN_MUTATION_MINION && onStack(FINDER);
    }

    private static synchronized void initialiseClassesOnce(ClassLoader loader) {
        if (classesInitialised) {
            return;
        }
        classesInitialised = true;
        // PIT runs a minion in the module's directory; its own classes are the ones mutated
        Path own = Path.of(System.getProperty("user.dir"), "target", "classes");
        if (Files.isDirectory(own)) {
            classNames(own).forEach(name -> initialise(name, loader));
        }
    }

    private static List<String> classNames(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> dir.relativize(p).toString())
                    .filter(p -> p.endsWith(".class") && !p.endsWith("module-info.class"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void initialise(String name, ClassLoader loader) {
        try {
            Class.forName(name, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // Not loadable here (an optional dependency is absent): the tests cannot touch it either.
        }
    }

    private static void proceedUnlessListing(Invocation<Void> invocation, ExtensionContext extension) throws Throwable {
        if (listing()) {
            initialiseClassesOnce(extension.getRequiredTestClass().getClassLoader());
            invocation.skip();
        } else {
            invocation.proceed();
        }
    }

    @Override
    public void interceptBeforeAllMethod(
            Invocation<Void> invocation, ReflectiveInvocationContext<Method> context, ExtensionContext extension)
            throws Throwable {
        proceedUnlessListing(invocation, extension);
    }

    @Override
    public void interceptBeforeEachMethod(
            Invocation<Void> invocation, ReflectiveInvocationContext<Method> context, ExtensionContext extension)
            throws Throwable {
        proceedUnlessListing(invocation, extension);
    }

    @Override
    public void interceptTestMethod(
            Invocation<Void> invocation, ReflectiveInvocationContext<Method> context, ExtensionContext extension)
            throws Throwable {
        proceedUnlessListing(invocation, extension);
    }

    @Override
    public void interceptTestTemplateMethod(
            Invocation<Void> invocation, ReflectiveInvocationContext<Method> context, ExtensionContext extension)
            throws Throwable {
        proceedUnlessListing(invocation, extension);
    }

    @Override
    public void interceptDynamicTest(
            Invocation<Void> invocation, DynamicTestInvocationContext context, ExtensionContext extension)
            throws Throwable {
        proceedUnlessListing(invocation, extension);
    }

    @Override
    public void interceptAfterEachMethod(
            Invocation<Void> invocation, ReflectiveInvocationContext<Method> context, ExtensionContext extension)
            throws Throwable {
        proceedUnlessListing(invocation, extension);
    }

    @Override
    public void interceptAfterAllMethod(
            Invocation<Void> invocation, ReflectiveInvocationContext<Method> context, ExtensionContext extension)
            throws Throwable {
        proceedUnlessListing(invocation, extension);
    }
}
