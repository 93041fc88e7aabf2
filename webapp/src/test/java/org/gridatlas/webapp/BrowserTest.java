package org.gridatlas.webapp;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test: the shared application context of {@link IntegrationTest}, the test users, and one Chromium
 * ({@link BrowserSession}) per test class, started before its first test and closed after its last.
 */
abstract class BrowserTest extends IntegrationTest {

    static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }
}
