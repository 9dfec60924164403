package io.github.wisecards.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.wisecards.architecture.fixture.consumer.UsesInternal;
import io.github.wisecards.architecture.fixture.cycle.a.Alpha;
import io.github.wisecards.architecture.fixture.cycle.b.Beta;
import io.github.wisecards.architecture.fixture.lib.LeakyApi;
import io.github.wisecards.architecture.fixture.lib.Probe;
import io.github.wisecards.architecture.fixture.lib.internal.Engine;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each boundary rule run on the planted violations of the {@code fixture} packages: it must fail
 * there (and name the violation), and pass where the fixture is clean, so a rule that silently
 * checks nothing cannot go unnoticed.
 */
class BoundaryRulesBiteTest {
    private static final String FIXTURE = "io.github.wisecards.architecture.fixture";

    private final JavaClasses fixture = new ClassFileImporter()
            .importClasses(LeakyApi.class, Engine.class, UsesInternal.class, Alpha.class, Beta.class);

    @Test
    void internalAccessRuleFailsOnCodeOutsideTheLibraryUsingItsInternalPackage() {
        DescribedPredicate<JavaClass> consumers = DescribedPredicate.describe(
                "are consumers", c -> c.getPackageName().endsWith(".consumer"));

        assertThatThrownBy(() -> BoundaryRules.noInternalAccessFromOutside(consumers, (o, t) -> false)
                        .check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(UsesInternal.class.getName())
                .hasMessageContaining(Engine.class.getName());
        BoundaryRules.noInternalAccessFromOutside(consumers, (o, t) -> t.isEquivalentTo(Engine.class))
                .check(fixture);
    }

    @Test
    void publicSignatureRuleFailsOnALibraryTypeButAllowsTheDocumentedMember() {
        DescribedPredicate<JavaClass> api = DescribedPredicate.describe(
                "are the fixture's public API", c -> c.getPackageName().equals(FIXTURE + ".lib"));

        assertThatThrownBy(() -> BoundaryRules.publicSignaturesExposeNoForeignTypes(
                                api, List.of("okhttp3"), ModuleBoundariesTest.DOCUMENTED_LIBRARY_MEMBERS)
                        .check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("lastRequest()")
                .hasMessageContaining("okhttp3.Request")
                .hasMessageNotContaining("okHttpClient(");
        BoundaryRules.publicSignaturesExposeNoForeignTypes(
                        api, List.of("okhttp3"), Set.of("okHttpClient", "lastRequest"))
                .check(fixture);
    }

    @Test
    void packageCycleRuleFailsOnTwoPackagesUsingEachOtherButNotOnAnImplementationPackage() {
        assertThatThrownBy(() -> BoundaryRules.noPackageCycles(FIXTURE).check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("package " + FIXTURE + ".cycle.a")
                .hasMessageContaining("package " + FIXTURE + ".cycle.b")
                .hasMessageNotContaining("package " + FIXTURE + ".lib ");
        BoundaryRules.noPackageCycles(FIXTURE + ".lib").check(fixture);
        assertThat(BoundaryRules.owningPackage("a.b.internal.auth")).isEqualTo("a.b");
    }

    @Test
    void splitPackageRuleFailsOnOnePackageInTwoModules() {
        JavaClasses lib = new ClassFileImporter().importClasses(LeakyApi.class, Probe.class);

        assertThatThrownBy(() -> BoundaryRules.noSplitPackages(
                                c -> c.isEquivalentTo(Probe.class) ? "benchmarks" : "sdk-core")
                        .check(lib))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("package " + FIXTURE + ".lib is split across modules: benchmarks[Probe]"
                        + " sdk-core[LeakyApi]");
        BoundaryRules.noSplitPackages(c -> "sdk-core").check(lib);
    }

    @Test
    void moduleDescriptorCheckFailsOnAnUnusedQualifiedExportAndAnUnjustifiedRequiresTransitive() {
        ModuleDescriptor consumer = ModuleDescriptor.newModule("fixture.consumer")
                .packages(Set.of(FIXTURE + ".consumer"))
                .build();
        ModuleDescriptor unused = ModuleDescriptor.newModule("fixture.unused")
                .packages(Set.of(FIXTURE + ".cycle.a"))
                .build();
        ModuleDescriptor okhttp = ModuleDescriptor.newAutomaticModule("okhttp3")
                .packages(Set.of("okhttp3"))
                .build();
        ModuleDescriptor planted = ModuleDescriptor.newModule("fixture.lib")
                .requires(Set.of(Requires.Modifier.TRANSITIVE), "fixture.unused")
                .requires("okhttp3")
                .exports(FIXTURE + ".lib")
                .exports(Set.of(), FIXTURE + ".lib.internal", Set.of("fixture.consumer", "fixture.unused"))
                .packages(Set.of(FIXTURE + ".lib", FIXTURE + ".lib.internal"))
                .build();
        List<ModuleDescriptor> known = new ArrayList<>(List.of(consumer, unused, okhttp, planted));
        ModuleFinder.ofSystem().findAll().forEach(r -> known.add(r.descriptor()));
        ModuleDescriptorCheck check = new ModuleDescriptorCheck(known);
        List<JavaClass> libClasses = fixture.stream()
                .filter(c -> c.getPackageName().startsWith(FIXTURE + ".lib"))
                .collect(Collectors.toList());
        Map<String, List<JavaClass>> byModule = Map.of(
                "fixture.consumer", List.of(fixture.get(UsesInternal.class)),
                "fixture.unused", List.of(fixture.get(Alpha.class)));

        List<String> violations = check.violations(planted, libClasses, m -> byModule.getOrDefault(m, List.of()));

        assertThat(violations)
                .containsExactlyInAnyOrder(
                        "fixture.lib exports " + FIXTURE + ".lib.internal to fixture.unused,"
                                + " whose main code does not use it",
                        "fixture.lib has 'requires transitive fixture.unused' but no public signature names a"
                                + " type of it (make it 'requires')",
                        "fixture.lib needs 'requires transitive okhttp3': named by " + LeakyApi.class.getName()
                                + ".lastRequest() and 1 more");
    }
}
