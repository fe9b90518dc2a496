package org.trustwork;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its security context strategy JVM-wide when an application context starts. With several
 * cached test contexts in one JVM the last one started wins, and code that reads the static holder (the
 * browserless mock request, for one) would look at another context's strategy. Before each test the static
 * holder is pointed at the strategy of the context that test runs in.
 */
public class SecurityStrategyAlignment implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public int getOrder() {
        // before WithSecurityContextTestExecutionListener fills the context for @WithUserDetails
        return 1000;
    }
}
