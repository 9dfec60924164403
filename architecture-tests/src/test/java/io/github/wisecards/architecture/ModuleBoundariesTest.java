package io.github.wisecards.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.File;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The SDK's boundaries, checked over the compiled classes of every module of the reactor (main and
 * test code). {@code BoundaryRulesBiteTest} proves each rule fails on a planted violation.
 */
class ModuleBoundariesTest {
    /** Library packages no public SDK signature may name (OkHttp with Okio and Kotlin, Jackson, nimbus). */
    static final List<String> LIBRARY_PACKAGES =
            List.of("okhttp3", "okio", "kotlin", "com.fasterxml.jackson", "com.nimbusds");

    /**
     * The documented escape hatch: {@code ClientOptions.Builder.okHttpClient(OkHttpClient)} lets a
     * partner bring its own client (proxy, TLS, interceptors, a shared pool).
     */
    static final Set<String> DOCUMENTED_LIBRARY_MEMBERS = Set.of("okHttpClient");

    private final Reactor reactor = Reactor.get();

    @Test
    void codeOutsideTheSdkUsesNoInternalPackageItsModuleIsNotGranted() {
        DescribedPredicate<JavaClass> outsideSdk = DescribedPredicate.describe(
                "are not main code of " + Reactor.SDK_MODULES,
                c -> !reactor.isSdkMain(c)
                        && !Reactor.SDK_MODULES.contains(reactor.outputOf(c).module()));
        BoundaryRules.noInternalAccessFromOutside(outsideSdk, this::grantedByModuleInfo)
                .check(reactor.classes());
    }

    @Test
    void publishedPublicSignaturesNameNoOkHttpJacksonOrNimbusTypeBeyondTheDocumentedOkHttpClientOption() {
        Set<String> exported = unqualifiedExports();
        DescribedPredicate<JavaClass> publicApi = DescribedPredicate.describe(
                "are public types of the exported packages of the SDK, its test kit and its Spring Boot starter",
                c -> reactor.isPublishedMain(c)
                        && (exported.contains(c.getPackageName())
                                || (reactor.isAutomaticModuleMain(c)
                                        && !c.getPackageName().contains(".internal")))
                        && BoundaryRules.isPublicApiType(c));
        BoundaryRules.publicSignaturesExposeNoForeignTypes(publicApi, LIBRARY_PACKAGES, DOCUMENTED_LIBRARY_MEMBERS)
                .check(reactor.classes());
    }

    @Test
    void springBootModulesArePublishedApiForTheSignatureRule() {
        List<JavaClass> starter = Reactor.AUTOMATIC_MODULES.stream()
                .flatMap(reactor::mainClassesOf)
                .collect(Collectors.toList());
        assertThat(starter).isNotEmpty().allMatch(reactor::isPublishedMain).allMatch(reactor::isAutomaticModuleMain);
    }

    @Test
    void sdkPackagesHaveNoCyclesWithinOrAcrossModules() {
        JavaClasses sdkMain = reactor.classes().that(DescribedPredicate.describe("SDK main code", reactor::isSdkMain));
        BoundaryRules.noPackageCycles("io.github.wisecards").check(sdkMain);
    }

    @Test
    void everyPackageLivesInOneModuleTestAndBenchmarkCodeIncluded() {
        BoundaryRules.noSplitPackages(c -> reactor.outputOf(c).module()).check(reactor.classes());
    }

    @Test
    void moduleDescriptorsMatchThePublicApiTheyDescribe() {
        ModuleDescriptorCheck check = new ModuleDescriptorCheck(knownModules());
        List<String> violations = new ArrayList<>();
        for (String module : publishedModules()) {
            ModuleDescriptor descriptor = reactor.descriptors().get(module);
            assertThat(descriptor).as("module-info of %s", module).isNotNull();
            violations.addAll(check.violations(
                    descriptor, reactor.mainClassesOf(module).collect(Collectors.toList()), this::mainClassesOfModule));
        }
        assertThat(violations).as("module-info differences from the public API").isEmpty();
    }

    private static List<String> publishedModules() {
        List<String> modules = new ArrayList<>(Reactor.SDK_MODULES);
        modules.add(Reactor.TEST_KIT);
        return modules;
    }

    /** Whether the target's module-info exports its package to the origin's module by name. */
    private boolean grantedByModuleInfo(JavaClass origin, JavaClass target) {
        String originModule = reactor.moduleNameOf(origin).orElse(null);
        if (originModule == null || !reactor.isSdkMain(target)) {
            return false;
        }
        ModuleDescriptor owner =
                reactor.descriptors().get(reactor.outputOf(target).module());
        return owner != null
                && owner.exports().stream()
                        .anyMatch(e -> e.source().equals(target.getPackageName())
                                && e.isQualified()
                                && e.targets().contains(originModule));
    }

    private Set<String> unqualifiedExports() {
        return reactor.descriptors().values().stream()
                .flatMap(d -> d.exports().stream())
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
    }

    private Collection<JavaClass> mainClassesOfModule(String moduleName) {
        return reactor.descriptors().entrySet().stream()
                .filter(e -> e.getValue().name().equals(moduleName))
                .map(Map.Entry::getKey)
                .findFirst()
                .map(m -> reactor.mainClassesOf(m).collect(Collectors.toList()))
                .orElse(List.of());
    }

    /** The SDK's modules, the JDK's, and every library jar on this test's class path. */
    private List<ModuleDescriptor> knownModules() {
        List<ModuleDescriptor> known = new ArrayList<>(reactor.descriptors().values());
        ModuleFinder.ofSystem().findAll().stream()
                .map(ModuleReference::descriptor)
                .forEach(known::add);
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Paths.get(entry);
            if (!entry.endsWith(".jar") || !Files.isRegularFile(path)) {
                continue;
            }
            try {
                ModuleFinder.of(path).findAll().stream()
                        .map(ModuleReference::descriptor)
                        .forEach(known::add);
            } catch (FindException unreadable) {
                // A jar without a usable module name cannot be required by a module-info anyway.
            }
        }
        return known;
    }
}
