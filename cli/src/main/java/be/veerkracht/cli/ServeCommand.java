package be.veerkracht.cli;

import be.veerkracht.store.Database;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.user.LockoutPolicy;
import be.veerkracht.store.user.PasswordHashing;
import be.veerkracht.store.user.UserStore;
import be.veerkracht.web.VeerkrachtServer;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veerkracht serve}: the web application (dashboard, parts, REST API) over the store, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the web application: dashboard, parts and the REST API under /api/v1 (see",
            "/api/v1/openapi.json). It binds to 127.0.0.1 unless told otherwise; stop it with Ctrl-C.",
            "Logins are enforced: people sign in at /login, scripts send a personal token",
            "(Authorization: Bearer, from 'veerkracht token create NAME'). Create the first user with",
            "'veerkracht user add NAME --role admin'. Behind an https proxy, serve over TLS end to end",
            "or let the proxy mark cookies Secure."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "7070", paramLabel = "PORT",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    private int port;

    @Option(names = "--bind", defaultValue = VeerkrachtServer.DEFAULT_BIND_ADDRESS, paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    private String bind;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private ReferenceOption reference;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new BadInputException("serve: --port must be within 0..65535, got " + port);
        }
        try (Database db = database.open();
             VeerkrachtServer server = VeerkrachtServer.of(db, reference.load(language.locale()))) {
            int actual = RunningServer.start(server, bind, port);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Veerkracht is running at %s (database %s). Stop with Ctrl-C.%n",
                    RunningServer.url(bind, actual), database.settings().displayUrl());
            if (hasNoUser(db)) {
                out.println("No user yet: nobody can sign in. Create one with: veerkracht user add NAME --role admin");
            }
            out.flush();
            RunningServer.awaitStop();
        }
        return ExitCodes.OK;
    }

    private static boolean hasNoUser(Database db) {
        Clock clock = Clock.systemUTC();
        return new UserStore(db.jdbi(), new AuditLog(db.jdbi(), clock), clock, PasswordHashing.owasp(),
                LockoutPolicy.DEFAULT).list().isEmpty();
    }
}
