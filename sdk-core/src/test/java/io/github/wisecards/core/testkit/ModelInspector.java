package io.github.wisecards.core.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks what the SDK returned the way a caller would: every public no-argument accessor the SDK
 * declares, recursively, plus {@code toString}, {@code hashCode}, {@code equals} and the {@code
 * toBuilder().build()} round trip. Fails (so a fuzzer reports a finding) when an accessor throws,
 * returns null ("getters never return null"), or a list holds a null.
 */
public final class ModelInspector {
    private static final int MAX_DEPTH = 6;

    private ModelInspector() {}

    /** Inspects {@code value}, which must not be null. */
    public static void inspect(Object value) {
        inspect(value, "result", 0, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void inspect(Object value, String where, int depth, Set<Object> seen) {
        if (value == null) {
            throw new AssertionError(where + " is null");
        }
        if (depth > MAX_DEPTH || !seen.add(value)) {
            return;
        }
        if (value instanceof Optional<?> o) {
            o.ifPresent(v -> inspect(v, where + ".get()", depth + 1, seen));
            return;
        }
        if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object element : c) {
                inspect(element, where + "[" + i++ + "]", depth + 1, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                inspect(e.getKey(), where + ".key", depth + 1, seen);
                inspect(e.getValue(), where + "[" + e.getKey() + "]", depth + 1, seen);
            }
            return;
        }
        Class<?> type = value.getClass();
        if (!type.getName().startsWith("io.github.wisecards.")) {
            value.toString();
            return;
        }
        if (value.toString() == null) {
            throw new AssertionError(where + ".toString() is null");
        }
        value.hashCode();
        if (!value.equals(value)) {
            throw new AssertionError(where + " is not equal to itself");
        }
        if (value instanceof Enum<?>) {
            return;
        }
        if (value instanceof Throwable t && t.getMessage() == null) {
            throw new AssertionError(where + ".getMessage() is null");
        }
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0
                    || Modifier.isStatic(m.getModifiers())
                    || m.getReturnType() == void.class
                    || !m.getDeclaringClass().getName().startsWith("io.github.wisecards.")) {
                continue;
            }
            Object result = call(m, value, where);
            if (m.getName().equals("toBuilder")) {
                checkRoundTrip(value, result, where);
                continue;
            }
            if (m.getName().equals("build")) {
                continue; // a builder reached through an accessor: its product is checked where it came from
            }
            inspect(result, where + "." + m.getName() + "()", depth + 1, seen);
        }
    }

    private static void checkRoundTrip(Object value, Object builder, String where) {
        try {
            Method build = builder.getClass().getMethod("build");
            Object rebuilt = call(build, builder, where + ".toBuilder()");
            if (!value.equals(rebuilt) || value.hashCode() != rebuilt.hashCode()) {
                throw new AssertionError(
                        where + ".toBuilder().build() differs from the original: " + value + " vs " + rebuilt);
            }
        } catch (NoSuchMethodException e) {
            throw new AssertionError(where + ".toBuilder() gives a builder without build()", e);
        }
    }

    private static Object call(Method m, Object target, String where) {
        try {
            m.setAccessible(true);
            return m.invoke(target);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new AssertionError(where + "." + m.getName() + "() threw", cause);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new AssertionError("cannot call " + where + "." + m.getName() + "()", e);
        }
    }
}
