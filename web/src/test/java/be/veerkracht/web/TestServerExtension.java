package be.veerkracht.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link TestServer} for all tests of a class, over a database in a temporary folder deleted afterwards:
 * {@code @RegisterExtension static final TestServerExtension SAMPLE = TestServerExtension.withSample();}
 */
public final class TestServerExtension implements BeforeAllCallback, AfterAllCallback {

    private final Function<Path, TestServer> start;
    private Path folder;
    private TestServer server;
    /** beforeAll runs again for every @Nested class: the server starts with the outermost and stops with it. */
    private int depth;

    private TestServerExtension(Function<Path, TestServer> start) {
        this.start = start;
    }

    /** The sample portfolio imported, an administrator signed in ({@link TestServer#withSample}). */
    public static TestServerExtension withSample() {
        return new TestServerExtension(TestServer::withSample);
    }

    /** No import yet, an administrator signed in ({@link TestServer#empty}). */
    public static TestServerExtension empty() {
        return new TestServerExtension(TestServer::empty);
    }

    public TestServer server() {
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (depth++ == 0) {
            folder = Files.createTempDirectory("veerkracht-web-test");
            server = start.apply(folder);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (--depth > 0) {
            return;
        }
        server.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
