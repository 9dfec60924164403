package io.github.wisecards.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks a module descriptor against the code it describes: {@code requires transitive} exactly for
 * the modules whose types its public signatures name, every {@code exports .. to} used by its
 * target's main code, unqualified exports exactly for its non-internal packages with public types,
 * and no public signature naming a type of an unexported package.
 */
final class ModuleDescriptorCheck {
    private final Map<String, ModuleDescriptor> modules = new HashMap<>();
    private final Map<String, String> moduleOfPackage = new HashMap<>();

    /** Knows the given modules (the SDK's, the JDK's and the libraries'), their packages and requires. */
    ModuleDescriptorCheck(Collection<ModuleDescriptor> known) {
        for (ModuleDescriptor d : known) {
            modules.putIfAbsent(d.name(), d);
            for (String p : d.packages()) {
                moduleOfPackage.putIfAbsent(p, d.name());
            }
        }
    }

    /**
     * Returns the differences between {@code descriptor} and its module's main classes.
     *
     * @param mainClasses the module's main classes
     * @param mainClassesOfModule the main classes of another module by JPMS name (empty if unknown)
     */
    List<String> violations(
            ModuleDescriptor descriptor,
            Collection<JavaClass> mainClasses,
            Function<String, Collection<JavaClass>> mainClassesOfModule) {
        List<String> out = new ArrayList<>();
        String self = descriptor.name();
        Set<String> exported = new TreeSet<>();
        for (Exports e : descriptor.exports()) {
            if (!e.isQualified()) {
                exported.add(e.source());
            }
        }

        // Exports: unqualified exactly for the packages with public types outside ..internal..
        Set<String> publicPackages = new TreeSet<>();
        for (JavaClass c : mainClasses) {
            if (BoundaryRules.isPublicApiType(c) && !BoundaryRules.isInternalPackage(c.getPackageName())) {
                publicPackages.add(c.getPackageName());
            }
        }
        for (String p : exported) {
            if (BoundaryRules.isInternalPackage(p)) {
                out.add(self + " exports the implementation package " + p + " to everyone");
            } else if (!publicPackages.contains(p)) {
                out.add(self + " exports " + p + ", which has no public type");
            }
        }
        for (String p : publicPackages) {
            if (!exported.contains(p)) {
                out.add(self + " does not export " + p + ", which has public types outside ..internal..");
            }
        }

        // Qualified exports: each target's main code uses the package.
        for (Exports e : descriptor.exports()) {
            if (!e.isQualified()) {
                continue;
            }
            for (String target : e.targets()) {
                boolean used = mainClassesOfModule.apply(target).stream()
                        .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                        .map(Dependency::getTargetClass)
                        .map(JavaClass::getBaseComponentType)
                        .anyMatch(t -> t.getPackageName().equals(e.source()));
                if (!used) {
                    out.add(self + " exports " + e.source() + " to " + target + ", whose main code does not use it");
                }
            }
        }

        // Public signatures: which modules they name, and no unexported package.
        Map<String, Set<String>> signatureModules = new TreeMap<>();
        for (JavaClass c : mainClasses) {
            if (!BoundaryRules.isPublicApiType(c) || !exported.contains(c.getPackageName())) {
                continue;
            }
            BoundaryRules.signatureTypes(c, Set.of()).forEach((where, types) -> {
                for (JavaClass t : types) {
                    String pkg = t.getPackageName();
                    Optional<String> owner = Optional.ofNullable(moduleOfPackage.get(pkg));
                    if (owner.isEmpty()) {
                        out.add(where + " names " + t.getName() + " of a package no known module holds");
                        continue;
                    }
                    String module = owner.get();
                    if (!module.equals("java.base") && !module.equals(self)) {
                        signatureModules
                                .computeIfAbsent(module, m -> new TreeSet<>())
                                .add(where);
                    }
                    if (!isExportedToAll(module, pkg, self, exported)) {
                        out.add(where + " names " + t.getName() + ", whose package " + pkg + " is not exported");
                    }
                }
            });
        }
        Set<String> transitive = new TreeSet<>();
        for (Requires r : descriptor.requires()) {
            if (r.modifiers().contains(Requires.Modifier.TRANSITIVE)) {
                transitive.add(r.name());
                if (!signatureModules.containsKey(r.name())) {
                    out.add(self + " has 'requires transitive " + r.name()
                            + "' but no public signature names a type of it (make it 'requires')");
                }
            }
        }
        Set<String> readable = closure(transitive);
        signatureModules.forEach((module, where) -> {
            if (!readable.contains(module)) {
                out.add(self + " needs 'requires transitive " + module + "': named by " + first(where));
            }
        });
        return out;
    }

    private boolean isExportedToAll(String module, String pkg, String self, Set<String> selfExports) {
        if (module.equals(self)) {
            return selfExports.contains(pkg);
        }
        ModuleDescriptor d = modules.get(module);
        if (d == null || d.isAutomatic() || d.isOpen()) {
            return true;
        }
        return d.exports().stream().anyMatch(e -> !e.isQualified() && e.source().equals(pkg));
    }

    /** The modules readable through a chain of {@code requires transitive}, starting at {@code roots}. */
    private Set<String> closure(Set<String> roots) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String m = todo.pop();
            if (!seen.add(m)) {
                continue;
            }
            ModuleDescriptor d = modules.get(m);
            if (d != null) {
                for (Requires r : d.requires()) {
                    if (r.modifiers().contains(Requires.Modifier.TRANSITIVE)) {
                        todo.push(r.name());
                    }
                }
            }
        }
        return seen;
    }

    private static String first(Set<String> where) {
        return where.iterator().next() + (where.size() > 1 ? " and " + (where.size() - 1) + " more" : "");
    }
}
