package be.veerkracht.cli;

import be.veerkracht.portfolio.InvalidPortfolioException;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code [PATH] [--db JDBC_URL]}: the portfolio a command analyses: a workbook or CSV folder read without storing
 * it, else the latest stored snapshot. One declaration for every analysis command.
 */
final class PortfolioArgument {

    @Parameters(paramLabel = "PATH", arity = "0..1",
            description = "A workbook or CSV folder to use without storing it; default: the latest snapshot.")
    private Path path;

    @Mixin
    private DatabaseOption database;

    /** The file's portfolio, or the latest snapshot's (or snapshot {@code snapshotId}'s when given). */
    PortfolioInput load(String command, Long snapshotId) throws BadInputException, InvalidPortfolioException {
        return PortfolioInput.load(command, path, snapshotId, database);
    }

    /** The database of {@code --db} (or the default): where a command records what it did. */
    DatabaseOption database() {
        return database;
    }

    PortfolioInput load(String command) throws BadInputException, InvalidPortfolioException {
        return load(command, null);
    }
}
