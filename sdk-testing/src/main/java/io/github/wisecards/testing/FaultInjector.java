package io.github.wisecards.testing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Armed faults: "the next N matching requests" rules are used up first, in the order they were
 * armed; then "a fraction of matching requests" rules draw from the simulator's seeded random.
 * Called under the state's lock, so the draws are deterministic for a given request order.
 */
final class FaultInjector {
    private static final class Rule {
        final Fault fault;
        final String method;
        final Pattern path;
        final double fraction;
        int remaining;

        Rule(Fault fault, String method, Pattern path, double fraction, int remaining) {
            this.fault = fault;
            this.method = method;
            this.path = path;
            this.fraction = fraction;
            this.remaining = remaining;
        }

        boolean matches(String requestMethod, String requestPath) {
            return (method == null || method.equals(requestMethod))
                    && (path == null || path.matcher(requestPath).matches());
        }
    }

    private final List<Rule> rules = new ArrayList<>();

    synchronized void next(int count, Fault fault, String method, String pathPattern) {
        if (count < 1) {
            throw new IllegalArgumentException("count: must be at least 1 but was " + count);
        }
        rules.add(new Rule(fault, normalize(method), glob(pathPattern), Double.NaN, count));
    }

    synchronized void fraction(double fraction, Fault fault, String method, String pathPattern) {
        if (!(fraction > 0.0 && fraction <= 1.0)) {
            throw new IllegalArgumentException("fraction: expected (0, 1] but was " + fraction);
        }
        rules.add(new Rule(fault, normalize(method), glob(pathPattern), fraction, -1));
    }

    synchronized void clear() {
        rules.clear();
    }

    synchronized Fault match(String method, String path, Random random) {
        for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
            Rule r = it.next();
            if (r.remaining > 0 && r.matches(method, path)) {
                if (--r.remaining == 0) {
                    it.remove();
                }
                return r.fault;
            }
        }
        for (Rule r : rules) {
            if (r.remaining < 0 && r.matches(method, path) && random.nextDouble() < r.fraction) {
                return r.fault;
            }
        }
        return null;
    }

    private static String normalize(String method) {
        return method == null ? null : method.trim().toUpperCase(Locale.ROOT);
    }

    /** {@code *} matches one path segment, {@code **} any rest of the path; the rest is literal. */
    static Pattern glob(String pattern) {
        if (pattern == null) {
            return null;
        }
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            if (pattern.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
            } else if (pattern.charAt(i) == '*') {
                regex.append("[^/]+");
                i++;
            } else {
                int next = pattern.indexOf('*', i);
                int end = next < 0 ? pattern.length() : next;
                regex.append(Pattern.quote(pattern.substring(i, end)));
                i = end;
            }
        }
        return Pattern.compile(regex.toString());
    }
}
