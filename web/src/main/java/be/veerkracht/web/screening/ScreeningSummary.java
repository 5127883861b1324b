package be.veerkracht.web.screening;

import be.veerkracht.store.audit.AuditEntry;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.screening.PortfolioScreening;
import be.veerkracht.store.screening.ScreeningResult;
import be.veerkracht.web.page.Labels;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one line a recorded screening is summed up in after an import or a list update ("sanctions screening (un
 * 2026-02-27 …): 87 counterparties, 1 hit, 1 to review, 3 in embargoed countries"), as the CLI prints it. Read back
 * from the screening's audit entry, so the page a redirect lands on shows what was recorded, not a new screening.
 */
public record ScreeningSummary(List<String> lists, long counterparties, long hits, long open, long concerns,
                               long auditSeq) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ScreeningSummary {
        lists = List.copyOf(lists);
    }

    static ScreeningSummary of(ScreeningResult result) {
        return new ScreeningSummary(result.versions().stream().map(v -> v.version().label()).toList(),
                result.screened().size(), result.hits().size(), result.open(), result.countries().size(),
                result.auditSeq());
    }

    /**
     * The screening recorded as audit entry {@code seq} about a subject {@code subject} accepts; empty when that entry
     * is no such screening (a hand-edited link).
     */
    static Optional<ScreeningSummary> recorded(AuditLog audit, long seq, Predicate<String> subject) {
        if (seq < 1) {
            return Optional.empty();
        }
        List<AuditEntry> entries = audit.entries(seq - 1, 1);
        if (entries.isEmpty() || !entries.get(0).action().equals(PortfolioScreening.ACTION)
                || !subject.test(entries.get(0).subject())) {
            return Optional.empty();
        }
        try {
            JsonNode details = JSON.readTree(entries.get(0).details());
            List<String> lists = new ArrayList<>();
            details.path("list_versions").forEach(v -> lists.add(v.asText()));
            return Optional.of(new ScreeningSummary(lists, details.path("counterparties").asLong(),
                    details.path("hits").asLong(), details.path("open").asLong(),
                    details.path("country_concerns").asLong(), seq));
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }

    /** The line in the visitor's language. */
    public String line(Labels text) {
        return text.get(ScreeningText.AUTO_SUMMARY, String.join(", ", lists), text.count(counterparties),
                text.count(hits), text.count(open), text.count(concerns), String.valueOf(auditSeq));
    }
}
