package io.github.wisecards.architecture;

import static com.tngtech.archunit.lang.SimpleConditionEvent.violated;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The boundary rules, written by principle (package names, visibility, module of origin) so that
 * they hold for classes added later. Each takes what decides "outside", "public" or "module" as a
 * parameter, so {@code BoundaryRulesBiteTest} can prove it fails on a planted violation.
 */
final class BoundaryRules {
    private static final Pattern INTERNAL = Pattern.compile("(^|\\.)internal(\\.|$)");

    private BoundaryRules() {}

    /** Returns whether a package is an implementation package ({@code ..internal..}). */
    static boolean isInternalPackage(String packageName) {
        return INTERNAL.matcher(packageName).find();
    }

    /**
     * Classes matching {@code outside} depend on no class of an {@code ..internal..} package unless
     * {@code granted} allows that pair (origin, target).
     */
    static ArchRule noInternalAccessFromOutside(
            DescribedPredicate<JavaClass> outside, BiPredicate<JavaClass, JavaClass> granted) {
        return classes()
                .that(outside)
                .should(new ArchCondition<JavaClass>("depend on no ..internal.. class unless its module grants it") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = d.getTargetClass().getBaseComponentType();
                            if (isInternalPackage(target.getPackageName()) && !granted.test(origin, target)) {
                                events.add(violated(origin, d.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(false);
    }

    /**
     * Public signatures (supertypes, public and protected fields, methods and constructors, with
     * their generic arguments and declared exceptions) of the public API classes name no type from
     * {@code foreignPackages}, except in members named in {@code allowedMembers}.
     */
    static ArchRule publicSignaturesExposeNoForeignTypes(
            DescribedPredicate<JavaClass> publicApi, List<String> foreignPackages, Set<String> allowedMembers) {
        Predicate<JavaClass> foreign = t -> foreignPackages.stream()
                .anyMatch(
                        p -> t.getPackageName().equals(p) || t.getPackageName().startsWith(p + "."));
        return classes()
                .that(publicApi)
                .should(
                        new ArchCondition<JavaClass>(
                                "expose no type of " + foreignPackages + " except in " + allowedMembers) {
                            @Override
                            public void check(JavaClass api, ConditionEvents events) {
                                signatureTypes(api, allowedMembers).forEach((where, types) -> {
                                    for (JavaClass t : types) {
                                        if (foreign.test(t)) {
                                            events.add(violated(api, where + " exposes " + t.getName()));
                                        }
                                    }
                                });
                            }
                        })
                .allowEmptyShould(false);
    }

    /**
     * No cycles between the packages under {@code rootPackage} among the classes checked. An {@code
     * internal} package and its subpackages count as part of the package that owns them (the
     * package before the first {@code internal} segment, in the same module): they are its
     * implementation, which uses the public value types it implements. Every other pair of packages
     * (cards and cards.model, webhooks and webhooks.event, one module and another) must not depend
     * on each other both ways.
     */
    static SliceRule noPackageCycles(String rootPackage) {
        return slices().assignedFrom(new SliceAssignment() {
                    @Override
                    public SliceIdentifier getIdentifierOf(JavaClass c) {
                        String pkg = c.getPackageName();
                        if (!pkg.equals(rootPackage) && !pkg.startsWith(rootPackage + ".")) {
                            return SliceIdentifier.ignore();
                        }
                        return SliceIdentifier.of("package " + owningPackage(pkg));
                    }

                    @Override
                    public String getDescription() {
                        return "packages under " + rootPackage + " (internal packages folded into their owner)";
                    }
                })
                .should()
                .beFreeOfCycles();
    }

    /** Returns the package an implementation package belongs to: the part before {@code .internal}. */
    static String owningPackage(String packageName) {
        Matcher m = INTERNAL.matcher(packageName);
        return m.find() ? packageName.substring(0, m.start()) : packageName;
    }

    /** Every package's classes come from one module ({@code moduleOf}); test code included. */
    static ArchRule noSplitPackages(Function<JavaClass, String> moduleOf) {
        return classes().should(new ArchCondition<JavaClass>("have a package that lives in one module only") {
            private final Map<String, Map<String, List<String>>> modulesByPackage = new TreeMap<>();

            @Override
            public void init(Collection<JavaClass> all) {
                modulesByPackage.clear();
            }

            @Override
            public void check(JavaClass c, ConditionEvents events) {
                modulesByPackage
                        .computeIfAbsent(c.getPackageName(), p -> new TreeMap<>())
                        .computeIfAbsent(moduleOf.apply(c), m -> new ArrayList<>())
                        .add(c.getSimpleName());
            }

            @Override
            public void finish(ConditionEvents events) {
                modulesByPackage.forEach((pkg, byModule) -> {
                    if (byModule.size() > 1) {
                        StringBuilder where = new StringBuilder();
                        byModule.forEach((m, names) ->
                                where.append(" ").append(m).append(names.subList(0, Math.min(3, names.size()))));
                        events.add(violated(pkg, "package " + pkg + " is split across modules:" + where));
                    }
                });
            }
        });
    }

    /** Returns whether a class is visible to other packages: public, and public or protected all the way out. */
    static boolean isPublicApiType(JavaClass c) {
        for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
            Set<JavaModifier> m = k.getModifiers();
            boolean nested = k.getEnclosingClass().isPresent();
            if (!(m.contains(JavaModifier.PUBLIC) || (nested && m.contains(JavaModifier.PROTECTED)))) {
                return false;
            }
            if (k.isAnonymousClass() || k.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the raw types each part of a class's public signature names, keyed by a readable
     * location: supertypes, and every public or protected field, constructor and method not named
     * in {@code skippedMembers}. Synthetic and bridge members are ignored.
     */
    static Map<String, Set<JavaClass>> signatureTypes(JavaClass api, Set<String> skippedMembers) {
        Map<String, Set<JavaClass>> out = new TreeMap<>();
        api.getRawSuperclass()
                .ifPresent(s -> add(
                        out, api.getName() + " (supertype)", api.getSuperclass().orElseThrow()));
        for (JavaType i : api.getInterfaces()) {
            add(out, api.getName() + " (supertype)", i);
        }
        for (JavaField f : api.getFields()) {
            if (visible(f) && !skippedMembers.contains(f.getName())) {
                add(out, f.getFullName(), f.getType());
            }
        }
        List<JavaCodeUnit> units = new ArrayList<>(api.getCodeUnits());
        for (JavaCodeUnit u : units) {
            if (!visible(u)
                    || u.getModifiers().contains(JavaModifier.SYNTHETIC)
                    || u.getModifiers().contains(JavaModifier.BRIDGE)
                    || skippedMembers.contains(u.getName())) {
                continue;
            }
            String where = u.getFullName();
            add(out, where, u.getReturnType());
            u.getParameterTypes().forEach(p -> add(out, where, p));
            u.getExceptionTypes().forEach(e -> add(out, where, e));
            u.getTypeParameters().forEach(p -> add(out, where, p));
        }
        return out;
    }

    private static boolean visible(JavaMember m) {
        Set<JavaModifier> mods = m.getModifiers();
        return mods.contains(JavaModifier.PUBLIC) || mods.contains(JavaModifier.PROTECTED);
    }

    private static void add(Map<String, Set<JavaClass>> out, String where, JavaType type) {
        Set<JavaClass> raw = out.computeIfAbsent(
                where, w -> new TreeSet<>((a, b) -> a.getName().compareTo(b.getName())));
        for (JavaClass c : type.getAllInvolvedRawTypes()) {
            JavaClass base = c.getBaseComponentType();
            if (!base.isPrimitive()) {
                raw.add(base);
            }
        }
    }
}
