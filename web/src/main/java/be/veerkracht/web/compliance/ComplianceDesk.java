package be.veerkracht.web.compliance;

import be.veerkracht.compliance.ExportCheck;
import be.veerkracht.compliance.ExportDecision;
import be.veerkracht.compliance.ExportQuery;
import be.veerkracht.compliance.ExportRuleSet;
import be.veerkracht.compliance.icp.IcpElementState;
import be.veerkracht.compliance.licence.Licence;
import be.veerkracht.compliance.licence.LicenceUse;
import be.veerkracht.store.compliance.Classification;
import be.veerkracht.store.compliance.ComplianceException;
import be.veerkracht.store.compliance.ComplianceProblem;
import be.veerkracht.store.compliance.ExportRegister;
import be.veerkracht.store.compliance.ItemRef;
import be.veerkracht.store.compliance.RecordedCheck;
import be.veerkracht.store.compliance.RegisterEntry;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.LatestAssessment;
import be.veerkracht.web.app.Visitor;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the export-control pages and API do, over the newest snapshot (its parts and products), the records and the
 * shipped rules: the register, a check (recorded), a classification, a licence, a shipment, an ICP element. Each
 * write names the signed-in user as the audit actor. Refusals are {@link ComplianceRefusal}s.
 */
public final class ComplianceDesk {

    /** The audit actor when a request has no signed-in user (a test server with an open access policy). */
    static final String NOBODY = "anonymous";

    private final LatestAssessment latest;
    private final ComplianceRecords records;
    private final Supplier<ExportRuleSet> rules;

    /** @param records null when the server has no database of its own (then every export-control route says so) */
    public ComplianceDesk(LatestAssessment latest, ComplianceRecords records, Supplier<ExportRuleSet> rules) {
        this.latest = Objects.requireNonNull(latest, "latest");
        this.records = records;
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The records; a 404 refusal on a server without them. */
    ComplianceRecords records() {
        if (records == null) {
            throw ComplianceRefusal.of(ComplianceRefusal.NOT_FOUND, null, ComplianceText.UNAVAILABLE);
        }
        return records;
    }

    /** The newest snapshot; a 404 refusal before the first import. */
    AssessedSnapshot snapshot() {
        return latest.get().orElseThrow(() -> ComplianceRefusal.of(ComplianceRefusal.NOT_FOUND, null,
                ComplianceText.NO_SNAPSHOT));
    }

    Optional<AssessedSnapshot> maybeSnapshot() {
        return latest.get();
    }

    /** The register of the snapshot with the classifications recorded now. */
    ExportRegister register(AssessedSnapshot snapshot) {
        return new ExportRegister(snapshot.snapshot().portfolio(), records().classifications().current());
    }

    RegisterEntry entry(ExportRegister register, ItemRef item) {
        return register.entry(item).orElseThrow(() -> ComplianceRefusal.of(ComplianceRefusal.NOT_FOUND, "item_id",
                ComplianceText.ERROR_NO_ITEM, item.kind().name().toLowerCase(Locale.ROOT), item.id()));
    }

    /** Checks and records: the item's status from the register, a product with its bill of materials. */
    CheckOutcome check(CheckRequest request, String actor) {
        ExportRegister register = register(snapshot());
        RegisterEntry entry = entry(register, request.item());
        ExportQuery query = ExportQuery.of(register.exportItem(entry), request.destination())
                .withComponents(register.components(request.item()))
                .withEndUse(request.endUse(), request.endUseCategory())
                .withTransfer(request.transfer());
        ExportDecision decision = new ExportCheck(rules.get()).check(query);
        RecordedCheck recorded = records().checks().record(actor, decision);
        return new CheckOutcome(entry, decision, recorded);
    }

    /** Records a classification of an item the newest snapshot has. */
    Classification classify(ClassificationRequest request, String actor) {
        entry(register(snapshot()), request.item());
        String by = request.classifiedBy() == null ? actor : request.classifiedBy();
        return records().classifications().classify(actor, request.item(), request.status(), by,
                request.classifiedOn(), request.reason(), request.evidence());
    }

    Licence addLicence(Licence licence, String actor) {
        try {
            return records().licences().add(actor, licence);
        } catch (ComplianceException refused) {
            throw ComplianceRefusal.of(ComplianceRefusal.CONFLICT, "number", refused);
        }
    }

    /**
     * Records a shipment the licence covers (the item's Annex I code from the newest snapshot's register, when
     * there is one); a licence that does not cover it is a 409 naming the first reason.
     */
    LicenceUse recordUse(LicenceUse use, String actor) {
        try {
            records().licences().recordUse(actor, use, code(use.itemRef()));
            return use;
        } catch (ComplianceException refused) {
            boolean unknown = refused.problem() == ComplianceProblem.NO_SUCH_LICENCE;
            throw ComplianceRefusal.of(unknown ? ComplianceRefusal.NOT_FOUND : ComplianceRefusal.CONFLICT,
                    unknown ? "licence" : "shipment", refused);
        }
    }

    /** The Annex I code of {@code part:ID} / {@code product:ID} in the newest snapshot's register; else null. */
    private String code(String itemRef) {
        String[] parts = itemRef.split(":", 2);
        Optional<AssessedSnapshot> snapshot = maybeSnapshot();
        if (parts.length != 2 || snapshot.isEmpty()) {
            return null;
        }
        ItemRef ref = parts[0].equals("product") ? ItemRef.product(parts[1]) : ItemRef.part(parts[1]);
        return register(snapshot.get()).entry(ref)
                .map(e -> e.status() instanceof be.veerkracht.compliance.ControlStatus.Listed listed
                        ? listed.code().code() : null).orElse(null);
    }

    /** @return the audit entry's sequence number */
    long updateIcp(IcpElementState state, String actor) {
        return records().icp().record(actor, state);
    }

    /** The signed-in user's name, the audit actor of what this request records. */
    static String actor(Context ctx) {
        return Visitor.of(ctx).map(Visitor::name).orElse(NOBODY);
    }

    /** A check made: the item as the register had it, the decision, and its record. */
    record CheckOutcome(RegisterEntry entry, ExportDecision decision, RecordedCheck recorded) {
    }
}
