package be.veerkracht.web.screening;

import be.veerkracht.store.screening.ScreeningResult;
import be.veerkracht.web.page.Labels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The screening page: the list versions in use, the newest snapshot's live screening (hits by score, country
 * concerns per rule), the form to screen one name and its result, and what the last request did.
 *
 * @param summary  "87 counterparties at threshold 0.80: 1 hit, 1 to review; 3 in embargoed countries"; null without
 *                 a screening
 * @param openOnly the "open only" filter is on
 * @param name     the one name screened or shown again after a review; null when none
 * @param error    why the last request was refused, in the visitor's language; null when it was not
 * @param done     what the last request recorded; null when nothing
 */
public record ScreeningView(Labels text, boolean hasLists, boolean hasSnapshot, boolean mayRecord, String csrf,
                            List<ListRow> inUse, String summary, boolean openOnly, List<HitRow> hits,
                            List<ConcernRow> concerns, NameForm form, NameResult name, String error, String done) {

    public ScreeningView {
        inUse = List.copyOf(inUse);
        hits = List.copyOf(hits);
        concerns = List.copyOf(concerns);
    }

    /** The one-name form as last filled in. */
    public record NameForm(String name, String country) {
        public NameForm {
            name = name == null ? "" : name;
            country = country == null ? "" : country;
        }
    }

    /**
     * One name's screening.
     *
     * @param recorded the line saying it was recorded (audit entry); null when shown again without recording
     */
    public record NameResult(String line, String recorded, List<HitRow> hits, List<ConcernRow> concerns) {
        public NameResult {
            hits = List.copyOf(hits);
            concerns = List.copyOf(concerns);
        }

        static NameResult of(Labels text, NameForm form, ScreeningResult result) {
            String recorded = result.auditSeq() == 0 ? null
                    : text.get(ScreeningText.NAME_RECORDED, String.valueOf(result.auditSeq()));
            return new NameResult(text.get(ScreeningText.NAME_RESULT, form.name(), text.count(result.hits().size())),
                    recorded, rows(text, result, false), ConcernRow.of(text, result.countries()));
        }
    }

    /** The summary line of a screening. */
    static String summary(Labels text, ScreeningResult result) {
        return text.get(ScreeningText.SUMMARY, text.count(result.screened().size()),
                String.format(java.util.Locale.ROOT, "%.2f", result.threshold()), text.count(result.hits().size()),
                text.count(result.open()), text.count(result.countries().size()));
    }

    /** The hits, highest score first (ties: counterparty), only those to review when {@code openOnly}. */
    static List<HitRow> rows(Labels text, ScreeningResult result, boolean openOnly) {
        List<ScreeningResult.Hit> sorted = new ArrayList<>(result.hits());
        sorted.sort(Comparator.comparingDouble((ScreeningResult.Hit h) -> -h.hit().score())
                .thenComparing(h -> h.who().ref()).thenComparing(h -> h.hit().entryId()));
        List<HitRow> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            HitRow row = HitRow.of(text, i + 1, sorted.get(i));
            if (!openOnly || row.toReview()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
