package io.github.wisecards.reliability.secrets;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the {@code toString()} of SDK objects and of every SDK object reachable from them
 * through their no-argument accessors (models, options, exceptions, events). Accessor values that
 * are plain strings are not collected: {@code CardOrder.cardToken()} returns the token by design;
 * what must not leak is what an object prints about itself. Clients, services, handlers, stores,
 * verifiers and token providers are printed but not walked, because some of their no-argument
 * methods do I/O.
 */
final class SdkObjects {
    private static final int MAX_DEPTH = 6;

    private SdkObjects() {}

    static List<String> toStrings(List<Object> roots) {
        List<String> out = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object root : roots) {
            walk(root, 0, seen, out);
        }
        return out;
    }

    private static void walk(Object value, int depth, Set<Object> seen, List<String> out) {
        if (value == null || depth > MAX_DEPTH || !seen.add(value)) {
            return;
        }
        if (value instanceof Optional<?> o) {
            o.ifPresent(v -> walk(v, depth + 1, seen, out));
            return;
        }
        if (value instanceof Collection<?> c) {
            c.forEach(v -> walk(v, depth + 1, seen, out));
            return;
        }
        if (value instanceof Map<?, ?> m) {
            m.values().forEach(v -> walk(v, depth + 1, seen, out));
            return;
        }
        Class<?> type = value.getClass();
        if (!type.getName().startsWith("io.github.wisecards.")) {
            return;
        }
        out.add(value.toString());
        if (value instanceof Enum<?> || !walkable(type)) {
            return;
        }
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0
                    || Modifier.isStatic(m.getModifiers())
                    || m.getReturnType() == void.class
                    || m.getReturnType() == String.class
                    || !m.getDeclaringClass().getName().startsWith("io.github.wisecards.")) {
                continue;
            }
            try {
                m.setAccessible(true);
                walk(m.invoke(value), depth + 1, seen, out);
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                throw new AssertionError("cannot call " + type.getSimpleName() + "." + m.getName() + "()", e);
            }
        }
    }

    private static boolean walkable(Class<?> type) {
        String n = type.getSimpleName();
        return !(n.endsWith("Client")
                || n.endsWith("Service")
                || n.endsWith("Handler")
                || n.endsWith("Store")
                || n.endsWith("Verifier")
                || n.endsWith("TokenProvider")
                || n.endsWith("Waiter"));
    }
}
