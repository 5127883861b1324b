package be.veerkracht.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Screens an end use against the catch-all rules (Reg. (EU) 2021/821, Art. 4(1)(a) WMD and missiles, 4(1)(b)
 * military end use in an arms-embargoed country, 5(1) cyber-surveillance). A rule triggers on the declared
 * category, or when one of its keywords occurs in the end-use text as whole words, any case.
 *
 * <p>Keyword screening is a red-flag aid, not a legal test: it errs towards flagging (a customer writing "missile"
 * gets a licence requirement until the authority says otherwise) and cannot see an end use nobody wrote down.
 * Linear in rules × keywords × text length.
 */
final class EndUseScreen {

    /** A triggered catch-all and what triggered it (the category or the keyword). */
    record Hit(CatchAll rule, String trigger) {
    }

    private EndUseScreen() {
    }

    /**
     * The catch-alls that apply to this export.
     *
     * @param armsEmbargoed true when the destination is under an arms embargo (for Art. 4(1)(b))
     */
    static List<Hit> screen(List<CatchAll> rules, ExportQuery query, boolean armsEmbargoed) {
        String text = query.endUseText().toLowerCase(Locale.ROOT);
        List<Hit> hits = new ArrayList<>();
        for (CatchAll rule : rules) {
            if (rule.scope() == CatchAll.Scope.ARMS_EMBARGOED_DESTINATION && !armsEmbargoed) {
                continue;
            }
            if (rule.categories().contains(query.endUseCategory())) {
                hits.add(new Hit(rule, "declared end use " + query.endUseCategory()));
                continue;
            }
            for (String keyword : rule.keywords()) {
                if (containsWords(text, keyword)) {
                    hits.add(new Hit(rule, "end-use text mentions '" + keyword + "'"));
                    break;
                }
            }
        }
        return hits;
    }

    static boolean containsWords(String text, String phrase) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])")
                .matcher(text).find();
    }
}
