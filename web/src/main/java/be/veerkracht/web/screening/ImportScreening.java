package be.veerkracht.web.screening;

import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.store.screening.ScreeningResult;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.web.imports.ImportFollowUp;
import be.veerkracht.web.page.Labels;
import java.util.Objects;
import java.util.Optional;

/** The sanctions screening that follows a web import when lists are stored (issue 9 item 5), recorded. */
public final class ImportScreening implements ImportFollowUp {

    private final ScreeningDesk desk;

    public ImportScreening(ScreeningDesk desk) {
        this.desk = Objects.requireNonNull(desk, "desk");
    }

    @Override
    public Optional<Long> after(Portfolio portfolio, SnapshotInfo saved, String actor) {
        return desk.afterUpdate(portfolio, saved.id(), actor).map(ScreeningResult::auditSeq);
    }

    @Override
    public Optional<String> line(Labels text, long snapshotId, long auditSeq) {
        return desk.snapshotSummary(auditSeq, snapshotId).map(summary -> summary.line(text));
    }
}
