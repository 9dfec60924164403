package io.github.wisecards.benchmarks.vthreads;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Virtual threads for a module compiled for Java 17: {@code Executors.newVirtualThreadPerTaskExecutor()}
 * looked up through a method handle, present from JDK 21 on.
 */
final class VirtualThreads {
    /** The first JDK with virtual threads as a final feature. */
    static final int MIN_FEATURE = 21;

    private static final Optional<MethodHandle> FACTORY = lookup();

    private VirtualThreads() {}

    /** Returns whether this JVM has virtual threads. */
    static boolean available() {
        return Runtime.version().feature() >= MIN_FEATURE && FACTORY.isPresent();
    }

    /**
     * Returns a new executor starting one virtual thread per task.
     *
     * @throws IllegalStateException before JDK 21
     */
    static ExecutorService perTaskExecutor() {
        MethodHandle factory = FACTORY.orElseThrow(() -> new IllegalStateException(
                "virtual threads need JDK " + MIN_FEATURE + "+, this is " + Runtime.version()));
        try {
            return (ExecutorService) factory.invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<MethodHandle> lookup() {
        try {
            return Optional.of(MethodHandles.publicLookup()
                    .findStatic(
                            Executors.class,
                            "newVirtualThreadPerTaskExecutor",
                            MethodType.methodType(ExecutorService.class)));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return Optional.empty();
        }
    }
}
