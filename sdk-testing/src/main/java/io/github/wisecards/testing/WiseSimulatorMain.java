package io.github.wisecards.testing;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator as a standalone process, for tests that are not on the JVM (curl, Postman,
 * a service in another language):
 *
 * <pre>{@code
 * java -cp <sdk-testing and its dependencies> io.github.wisecards.testing.WiseSimulatorMain \
 *     --api-port 8080 --card-data-port 8081 --admin-port 8082
 * }</pre>
 *
 * <p>Ports come from {@code --api-port}, {@code --card-data-port} and {@code --admin-port}, else
 * from the environment variables {@code WISE_SIM_API_PORT}, {@code WISE_SIM_CARD_DATA_PORT} and
 * {@code WISE_SIM_ADMIN_PORT}; 0 or absent picks a free port. Every listener binds loopback only.
 * Once listening, it prints one {@code KEY=value} line per fact on standard output (a shell can
 * {@code source} them), ending with {@code WISE_SIM_READY=true}:
 * {@code WISE_SIM_API_BASE_URL}, {@code WISE_SIM_CARD_DATA_BASE_URL}, {@code
 * WISE_SIM_ADMIN_BASE_URL}, {@code WISE_SIM_CLIENT_ID}, {@code WISE_SIM_CLIENT_SECRET}, {@code
 * WISE_SIM_PROFILE_ID}, {@code WISE_SIM_REFRESH_TOKEN} and {@code WISE_SIM_ACCESS_TOKEN}. These
 * are the simulator's own, fixed test credentials, never real ones. It stops on SIGTERM or
 * SIGINT, closing every listener, and then prints {@code WISE_SIM_STOPPED=true}.
 */
public final class WiseSimulatorMain {
    /** The profile ID printed for convenience; the simulator accepts any profile ID. */
    static final long PROFILE_ID = 123456L;

    private WiseSimulatorMain() {}

    /**
     * Starts the simulator and blocks until the JVM is asked to stop.
     *
     * @param args {@code --api-port N}, {@code --card-data-port N}, {@code --admin-port N}
     * @throws InterruptedException if the main thread is interrupted while it waits for the JVM to
     *     stop
     */
    public static void main(String[] args) throws InterruptedException {
        Map<String, Integer> ports;
        try {
            ports = ports(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("wise-simulator: " + e.getMessage());
            System.err.println("usage: WiseSimulatorMain [--api-port N] [--card-data-port N] [--admin-port N]");
            System.exit(2);
            return;
        }
        WiseSimulator simulator = WiseSimulator.builder()
                .ports(ports.get("api-port"), ports.get("card-data-port"))
                .build()
                .start();
        AdminApi admin;
        try {
            admin = new AdminApi(simulator, ports.get("admin-port"));
        } catch (RuntimeException e) {
            simulator.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                admin.close();
                                simulator.close();
                            } finally {
                                System.out.println("WISE_SIM_STOPPED=true");
                                System.out.flush();
                                stopped.countDown();
                            }
                        },
                        "wise-simulator-shutdown"));
        print(System.out, simulator, admin);
        stopped.await();
    }

    static void print(PrintStream out, WiseSimulator simulator, AdminApi admin) {
        out.println("WISE_SIM_API_BASE_URL=" + simulator.apiBaseUrl());
        out.println("WISE_SIM_CARD_DATA_BASE_URL=" + simulator.cardDataBaseUrl());
        out.println("WISE_SIM_ADMIN_BASE_URL=" + admin.baseUrl());
        out.println("WISE_SIM_CLIENT_ID=" + simulator.oauthClientId());
        out.println("WISE_SIM_CLIENT_SECRET=" + simulator.oauthClientSecret());
        out.println("WISE_SIM_PROFILE_ID=" + PROFILE_ID);
        out.println("WISE_SIM_REFRESH_TOKEN=" + simulator.refreshToken());
        out.println("WISE_SIM_ACCESS_TOKEN=" + simulator.accessToken());
        out.println("WISE_SIM_READY=true");
        out.flush();
    }

    /** Reads the three ports from the arguments, else the environment, else 0. */
    static Map<String, Integer> ports(String[] args, Map<String, String> env) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String name : new String[] {"api-port", "card-data-port", "admin-port"}) {
            String variable =
                    "WISE_SIM_" + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            ports.put(name, parse(env.getOrDefault(variable, "0"), variable));
        }
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!ports.containsKey(name)) {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + ": needs a port");
            }
            ports.put(name, parse(args[++i], args[i - 1]));
        }
        return ports;
    }

    private static int parse(String value, String field) {
        try {
            return WiseSimulator.Builder.port(Integer.parseInt(value.trim()), field);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": must be a port number 0 to 65535");
        }
    }
}
