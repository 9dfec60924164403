package io.github.wisecards.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The reactor's compiled classes, read from each module's {@code target/classes} and {@code
 * target/test-classes} (this module depends on every other one, so Maven builds them first), with
 * the module each class comes from and the descriptors of the modules that have a {@code
 * module-info}.
 */
final class Reactor {
    /** The published SDK modules: everything else is a user of their public API. */
    static final List<String> SDK_MODULES =
            List.of("sdk-core", "sdk-cards", "sdk-kiosk", "sdk-webhooks", "sdk-micrometer");

    /** The test kit: published, but outside the SDK; reaches internals only where granted. */
    static final String TEST_KIT = "sdk-testing";

    /**
     * Published modules without a {@code module-info} (an {@code Automatic-Module-Name} only): every
     * package but {@code internal} ones is their public API.
     */
    static final List<String> AUTOMATIC_MODULES = List.of("sdk-spring-boot-starter", "sdk-spring-boot-test");

    /** This module: its fixtures plant violations on purpose. */
    static final String SELF = "architecture-tests";

    private static Reactor instance;

    private final Map<Path, Output> outputs = new LinkedHashMap<>();
    private final Map<String, ModuleDescriptor> descriptors = new LinkedHashMap<>();
    private final JavaClasses classes;

    /** One compiled output directory of a module. */
    record Output(String module, boolean test) {}

    private final List<String> modules;

    private Reactor(Path root) {
        modules = modulesWithJavaCode(root);
        assertThat(modules)
                .as("modules with Java code under %s", root)
                .containsAll(SDK_MODULES)
                .contains(TEST_KIT);
        for (String module : modules) {
            Path main = root.resolve(module).resolve("target/classes");
            Path test = root.resolve(module).resolve("target/test-classes");
            if (Files.isDirectory(main)) {
                outputs.put(main, new Output(module, false));
            }
            if (Files.isDirectory(test)) {
                outputs.put(test, new Output(module, true));
            }
            Path moduleInfo = main.resolve("module-info.class");
            if (Files.isRegularFile(moduleInfo)) {
                try (InputStream in = Files.newInputStream(moduleInfo)) {
                    descriptors.put(module, ModuleDescriptor.read(in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        for (String module : modules) {
            assertThat(outputs.values())
                    .as("compiled classes of %s under %s (build the reactor first)", module, root)
                    .anyMatch(o -> o.module().equals(module));
        }
        classes = new ClassFileImporter().importPaths(new ArrayList<>(outputs.keySet()));
        assertThat(classes).as("classes read from the reactor").hasSizeGreaterThan(500);
    }

    /** Returns the reactor of this build, read once. */
    static synchronized Reactor get() {
        if (instance == null) {
            String root = System.getProperty("wisecards.reactorRoot");
            assertThat(root)
                    .as("system property wisecards.reactorRoot (set by the pom)")
                    .isNotNull();
            instance = new Reactor(Paths.get(root).toAbsolutePath().normalize());
        }
        return instance;
    }

    /** Every Maven module of the reactor with Java sources, except this one, by directory name. */
    static List<String> modulesWithJavaCode(Path root) {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("pom.xml")))
                    .filter(d -> Files.isDirectory(d.resolve("src/main/java"))
                            || Files.isDirectory(d.resolve("src/test/java")))
                    .map(d -> d.getFileName().toString())
                    .filter(name -> !name.equals(SELF))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The modules read, by directory name. */
    List<String> modules() {
        return modules;
    }

    /** Every class of every module, main and test. */
    JavaClasses classes() {
        return classes;
    }

    /** The descriptors of the modules that have a {@code module-info}, by Maven module name. */
    Map<String, ModuleDescriptor> descriptors() {
        return descriptors;
    }

    /** Returns the output a class was read from. */
    Output outputOf(JavaClass javaClass) {
        URI uri = javaClass.getSource().orElseThrow().getUri();
        Path file = Paths.get(uri).toAbsolutePath().normalize();
        return outputs.entrySet().stream()
                .filter(e -> file.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("not from the reactor: " + file));
    }

    /** Returns the JPMS module name of the Maven module a class was read from, if it has one. */
    Optional<String> moduleNameOf(JavaClass javaClass) {
        return Optional.ofNullable(descriptors.get(outputOf(javaClass).module()))
                .map(ModuleDescriptor::name);
    }

    /** Returns whether a class is main code of a published SDK module. */
    boolean isSdkMain(JavaClass javaClass) {
        Output o = outputOf(javaClass);
        return !o.test() && SDK_MODULES.contains(o.module());
    }

    /**
     * Returns whether a class is main code of a published module: the SDK's, the test kit's or an
     * automatic module's (the Spring Boot starter).
     */
    boolean isPublishedMain(JavaClass javaClass) {
        Output o = outputOf(javaClass);
        return !o.test()
                && (SDK_MODULES.contains(o.module())
                        || o.module().equals(TEST_KIT)
                        || AUTOMATIC_MODULES.contains(o.module()));
    }

    /** Returns whether a class is main code of a published module without a module-info. */
    boolean isAutomaticModuleMain(JavaClass javaClass) {
        Output o = outputOf(javaClass);
        return !o.test() && AUTOMATIC_MODULES.contains(o.module());
    }

    /** Returns the main classes of one Maven module. */
    Stream<JavaClass> mainClassesOf(String module) {
        return classes.stream().filter(c -> {
            Output o = outputOf(c);
            return !o.test() && o.module().equals(module);
        });
    }
}
