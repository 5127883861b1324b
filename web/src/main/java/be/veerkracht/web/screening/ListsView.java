package be.veerkracht.web.screening;

import be.veerkracht.web.page.Labels;
import java.util.List;

/**
 * The lists page: every stored version, the upload form (for whoever may record compliance data) and what the last
 * upload did.
 *
 * @param stored   the line saying which version the last upload stored (or that it was there already); null when none
 * @param screened the one-line summary of the screening that followed; null when none ran
 * @param licence  the OpenSanctions licence notice, when the last upload was such a list; null otherwise
 * @param error    why the last upload was refused (file, line, field), in the visitor's language; null when it was not
 */
public record ListsView(Labels text, boolean mayRecord, String csrf, List<ListRow> versions, String stored,
                        String screened, String licence, String error, List<String> details) {

    public ListsView {
        versions = List.copyOf(versions);
        details = List.copyOf(details);
    }
}
