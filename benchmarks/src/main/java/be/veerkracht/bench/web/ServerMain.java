package be.veerkracht.bench.web;

import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.store.Database;
import be.veerkracht.store.DatabaseSettings;
import be.veerkracht.web.VeerkrachtServer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * The server under test, in a JVM of its own (started by {@link ServerProcess}): the load generator must not share
 * a heap, garbage collector or JIT with it, and a start time is only honest in a fresh JVM.
 *
 * <p>Arguments: the JDBC URL. Prints one line {@code ready port=P open_ms=.. geography_ms=.. server_ms=..
 * start_ms=.. health_ms=..} (each phase's duration; {@code health_ms} is the first health request made from this
 * JVM once {@code start} returned), then serves until its standard input closes.
 */
public final class ServerMain {

    private ServerMain() {
    }

    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        try (Database database = Database.open(new DatabaseSettings(args[0], null, null))) {
            long opened = System.nanoTime();
            ReferenceGeography geography = ReferenceGeographyLoader.shipped();
            long loaded = System.nanoTime();
            try (VeerkrachtServer server = VeerkrachtServer.of(database, geography)) {
                long built = System.nanoTime();
                int port = server.start(0);
                long started = System.nanoTime();
                int status = HealthProbe.status(port);
                long healthy = System.nanoTime();
                if (status != 200) {
                    throw new IllegalStateException("health answered " + status);
                }
                System.out.printf(Locale.ROOT, "ready port=%d open_ms=%.1f geography_ms=%.1f server_ms=%.1f"
                                + " start_ms=%.1f health_ms=%.1f%n", port, ms(opened - t0), ms(loaded - opened),
                        ms(built - loaded), ms(started - built), ms(healthy - started));
                System.out.flush();
                // the parent closes our standard input to stop us; reading it is the simplest wait that needs no
                // signal handling and ends the server cleanly (database closed) when the parent dies too
                System.in.transferTo(OutputStream.nullOutputStream());
            }
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
