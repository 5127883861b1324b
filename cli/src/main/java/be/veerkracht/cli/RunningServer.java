package be.veerkracht.cli;

import be.veerkracht.web.VeerkrachtServer;
import java.net.BindException;
import java.util.concurrent.CountDownLatch;

/** Starting the web application for {@code serve} and {@code demo}, and keeping it up until Ctrl-C. */
final class RunningServer {

    private RunningServer() {
    }

    /**
     * Starts the server, or explains why it cannot (the port taken, most often: a second demo).
     *
     * @return the port it listens on
     * @throws BadInputException when the address or port cannot be bound
     */
    static int start(VeerkrachtServer server, String bind, int port) throws BadInputException {
        if (port < 0 || port > 65_535) {
            throw new BadInputException("--port must be within 0..65535, got " + port);
        }
        try {
            return server.start(bind, port);
        } catch (RuntimeException e) {
            if (causedByBind(e)) {
                throw new BadInputException("cannot listen on " + bind + ":" + port
                        + " (is another Veerkracht or program using it?). Choose another with --port, e.g. --port 7071");
            }
            throw e;
        }
    }

    /** The address people type in the browser. */
    static String url(String bind, int port) {
        return "http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + port + "/";
    }

    /** Blocks until the JVM is asked to stop (Ctrl-C, SIGTERM); the caller then closes the server. */
    static void awaitStop() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "veerkracht-stop"));
        stopped.await();
    }

    /** Jetty reports a taken port as an IOException "Failed to bind" around a BindException; Javalin wraps it. */
    private static boolean causedByBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || String.valueOf(t.getMessage()).contains("Failed to bind")) {
                return true;
            }
        }
        return false;
    }
}
