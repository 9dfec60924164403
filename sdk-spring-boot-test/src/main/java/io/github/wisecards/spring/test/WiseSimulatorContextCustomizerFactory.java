package io.github.wisecards.spring.test;

import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Gives each test context annotated {@link AutoConfigureWiseSimulator} its simulator. */
final class WiseSimulatorContextCustomizerFactory implements ContextCustomizerFactory {
    WiseSimulatorContextCustomizerFactory() {}

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, AutoConfigureWiseSimulator.class)
                ? new WiseSimulatorContextCustomizer()
                : null;
    }
}
