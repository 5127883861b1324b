package be.veerkracht.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the {@code veerkracht} command line, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = VeerkrachtCommand.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
