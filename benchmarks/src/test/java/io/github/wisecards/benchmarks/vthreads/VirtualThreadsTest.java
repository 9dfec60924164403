package io.github.wisecards.benchmarks.vthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Case 9 compiles for Java 17 and finds virtual threads at run time, from JDK 21 on. */
class VirtualThreadsTest {

    @Test
    void virtualThreadsAreFoundExactlyOnJdk21AndLater() throws Exception {
        boolean jdk21 = Runtime.version().feature() >= 21;

        assertThat(VirtualThreads.available()).isEqualTo(jdk21);
        if (jdk21) {
            ExecutorService threads = VirtualThreads.perTaskExecutor();
            Future<String> name = threads.submit(() -> Thread.currentThread().toString());
            assertThat(name.get(10, TimeUnit.SECONDS)).startsWith("VirtualThread");
            threads.shutdown();
        } else {
            assertThatThrownBy(VirtualThreads::perTaskExecutor)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("JDK 21+");
        }
    }
}
