package org.newskg.serve;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A test class whose tests share one server of the sample graph (started before the first, stopped after the last). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SampleServerTestBase {
    ServeFixture fixture;
    ServeClient http;

    @BeforeAll
    void startSampleServer(@TempDir Path dir) {
        fixture = ServeFixture.start(dir);
        http = fixture.client();
    }

    @AfterAll
    void stopSampleServer() {
        if (fixture != null) {
            fixture.close();
        }
    }
}
