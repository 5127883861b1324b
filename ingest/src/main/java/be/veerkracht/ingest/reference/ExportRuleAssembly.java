package be.veerkracht.ingest.reference;

import be.veerkracht.compliance.AnnexIvEntry;
import be.veerkracht.compliance.BeneluxException;
import be.veerkracht.compliance.CatchAll;
import be.veerkracht.compliance.Confidence;
import be.veerkracht.compliance.Embargo;
import be.veerkracht.compliance.EndUseCategory;
import be.veerkracht.compliance.EntryPattern;
import be.veerkracht.compliance.EuMemberState;
import be.veerkracht.compliance.ExportRule;
import be.veerkracht.compliance.ExportRuleSet;
import be.veerkracht.compliance.UgeaAuthorisation;
import be.veerkracht.compliance.UgeaCondition;
import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.IsoCountries;
import be.veerkracht.ingest.reference.ExportRuleFile.Columns;
import be.veerkracht.ingest.reference.ExportRuleRows.DestinationKind;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rows of the four export-control files made into an {@link ExportRuleSet}: every cell read and checked, every
 * problem named by the file, row and column it was written on, the set made only when there is none. Rows with
 * {@code active} = {@code no} are checked and left out (that is how an override removes a rule).
 */
final class ExportRuleAssembly {

    static final String ANY_DESTINATION = "*";
    static final String YES_NO = "yes|no";

    private ExportRuleAssembly() {
    }

    /** The rule set, or null when a problem was added. */
    static ExportRuleSet assemble(Map<ExportRuleFile, Collection<ReferenceRow>> files, String version,
                                  LocalDate effectiveDate, List<Problem> problems) {
        int before = problems.size();
        List<ExportRule> rules = new ArrayList<>();
        for (ExportRuleFile file : ExportRuleFile.values()) {
            for (ReferenceRow row : files.getOrDefault(file, List.of())) {
                ReferenceFields fields = new ReferenceFields(row, problems);
                String text = fields.requiredText(Columns.TEXT);
                String source = fields.requiredText(Columns.SOURCE);
                Confidence confidence = fields.oneOf(Columns.CONFIDENCE, Confidence.class, true);
                Boolean active = yesNo(fields, Columns.ACTIVE);
                ExportRule rule = switch (file) {
                    case UGEA -> ugea(fields, text, source, confidence);
                    case ANNEX_IV -> text == null || source == null || confidence == null ? null
                            : new AnnexIvEntry("ANNEX-IV " + row.key(), text, source, confidence,
                                    new EntryPattern(row.key()));
                    case DESTINATIONS -> destination(row.key(), text, source, confidence);
                    case CATCH_ALL -> catchAll(fields, text, source, confidence);
                };
                if (fields.clean() && Boolean.TRUE.equals(active)) {
                    rules.add(rule);
                }
            }
        }
        return problems.size() == before ? new ExportRuleSet(version, effectiveDate, rules) : null;
    }

    private static UgeaAuthorisation ugea(ReferenceFields fields, String text, String source, Confidence confidence) {
        List<String> destinations = fields.words("destinations");
        boolean any = destinations.equals(List.of(ANY_DESTINATION));
        Set<CountryCode> listed = any ? Set.of() : countries(fields, "destinations");
        if (!any && listed.isEmpty() && fields.clean()) {
            fields.problem("destinations", ProblemKey.REQUIRED);
        }
        Set<CountryCode> excluded = countries(fields, "excluded_destinations");
        List<EntryPattern> covered = patterns(fields, "covered_entries");
        List<EntryPattern> excludedEntries = patterns(fields, "excluded_entries");
        Boolean annexIv = yesNo(fields, "excludes_annex_iv");
        Boolean goods = yesNo(fields, "goods");
        Boolean technology = yesNo(fields, "technology");
        Boolean icp = yesNo(fields, "icp_required");
        Boolean registration = yesNo(fields, "registration_required");
        UgeaCondition condition = fields.oneOf("condition", UgeaCondition.class, true);
        if (Boolean.FALSE.equals(goods) && Boolean.FALSE.equals(technology)) {
            fields.problem("technology", ProblemKey.NOT_ONE_OF, "no", "yes (goods is no)");
        }
        if (!fields.clean() || text == null || source == null || confidence == null) {
            return null;
        }
        return new UgeaAuthorisation(fields.key(), text, source, confidence, listed, any, excluded, covered,
                excludedEntries, annexIv, goods, technology, icp, registration, condition);
    }

    private static ExportRule destination(String key, String text, String source, Confidence confidence) {
        if (text == null || source == null || confidence == null) {
            return null;
        }
        String[] parts = key.split("\\|");
        CountryCode country = new CountryCode(parts[0]);
        DestinationKind kind = DestinationKind.valueOf(parts[1]);
        String id = kind.name().replace('_', '-') + " " + country;
        return switch (kind) {
            case EU_MEMBER -> new EuMemberState(id, text, source, confidence, country);
            case BENELUX -> new BeneluxException(id, text, source, confidence, country);
            case DUAL_USE_BAN -> new Embargo(id, text, source, confidence, country, Embargo.Kind.DUAL_USE_BAN);
            case ARMS_EMBARGO -> new Embargo(id, text, source, confidence, country, Embargo.Kind.ARMS_EMBARGO);
            case PARTIAL_ARMS_EMBARGO -> new Embargo(id, text, source, confidence, country,
                    Embargo.Kind.PARTIAL_ARMS_EMBARGO);
        };
    }

    private static CatchAll catchAll(ReferenceFields fields, String text, String source, Confidence confidence) {
        List<EndUseCategory> categories = fields.listOf("categories", EndUseCategory.class);
        String keywordText = fields.text("keywords");
        List<String> keywords = keywordText == null ? List.of()
                : Arrays.stream(keywordText.split("\\|")).map(k -> k.strip().toLowerCase(Locale.ROOT))
                .filter(k -> !k.isEmpty()).toList();
        CatchAll.Scope scope = fields.oneOf("scope", CatchAll.Scope.class, true);
        if (categories.isEmpty() && keywords.isEmpty() && fields.clean()) {
            fields.problem("keywords", ProblemKey.REQUIRED);
        }
        if (!fields.clean() || text == null || source == null || confidence == null) {
            return null;
        }
        return new CatchAll(fields.key(), text, source, confidence, Set.copyOf(categories), keywords, scope);
    }

    private static Set<CountryCode> countries(ReferenceFields fields, String column) {
        Set<CountryCode> countries = new LinkedHashSet<>();
        for (String word : fields.words(column)) {
            if (IsoCountries.isKnown(word)) {
                countries.add(new CountryCode(word));
            } else {
                fields.problem(column, ProblemKey.UNKNOWN_COUNTRY, word);
            }
        }
        return countries;
    }

    private static List<EntryPattern> patterns(ReferenceFields fields, String column) {
        List<EntryPattern> patterns = new ArrayList<>();
        for (String word : fields.words(column)) {
            try {
                patterns.add(EntryPattern.parse(word));
            } catch (IllegalArgumentException invalid) {
                fields.problem(column, ProblemKey.NOT_A_DUAL_USE_CODE, word);
            }
        }
        return patterns;
    }

    private static Boolean yesNo(ReferenceFields fields, String column) {
        String text = fields.requiredText(column);
        if (text == null) {
            return null;
        }
        String answer = text.strip().toLowerCase(Locale.ROOT);
        if (answer.equals("yes") || answer.equals("no")) {
            return answer.equals("yes");
        }
        fields.problem(column, ProblemKey.NOT_ONE_OF, text, YES_NO);
        return null;
    }
}
