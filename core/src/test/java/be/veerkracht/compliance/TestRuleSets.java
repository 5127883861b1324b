package be.veerkracht.compliance;

import be.veerkracht.geo.CountryCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small rule set for the engine's tests, built in code so core's tests do not read files. Its rows follow the
 * shipped {@code export-control/*.csv} of the ingest module (sources there and in docs/export-control.md); only the
 * Benelux rows are marked unverified here, to test the review flag.
 */
final class TestRuleSets {

    static final String VERSION = "eu-dual-use test";
    static final String ANNEX_II = "Reg. (EU) 2021/821, Annex II";

    private TestRuleSets() {
    }

    static CountryCode cc(String code) {
        return new CountryCode(code);
    }

    static Set<CountryCode> countries(String codes) {
        return Arrays.stream(codes.split(" ")).map(CountryCode::new).collect(Collectors.toSet());
    }

    static List<EntryPattern> patterns(String prefixes) {
        return prefixes.isBlank() ? List.of()
                : Arrays.stream(prefixes.split(" ")).map(EntryPattern::parse).toList();
    }

    /** EU001 (Annex II, Section A), EU007 (Section G), members, Benelux, Annex IV, embargoes, catch-alls. */
    static ExportRuleSet standard() {
        List<ExportRule> rules = new ArrayList<>();
        rules.add(new UgeaAuthorisation("EU001", "Most Annex I items to AU, CA, IS, JP, NZ, NO, CH, LI, GB, US.",
                ANNEX_II + ", Section A (EU001)", Confidence.VERIFIED, countries("AU CA IS JP NZ NO CH LI GB US"),
                false, Set.of(), List.of(), patterns("1C012 5A001.b.5"), true, true, true, false, true,
                UgeaCondition.NONE));
        rules.add(new UgeaAuthorisation("EU007", "Intra-group software and technology.",
                ANNEX_II + ", Section G (EU007)", Confidence.VERIFIED, Set.of(), true, countries("RU SY"),
                List.of(), List.of(), true, false, true, true, true, UgeaCondition.INTRA_GROUP));
        for (String member : List.of("BE", "NL", "LU", "DE", "FR")) {
            rules.add(new EuMemberState("EU-MEMBER " + member, "A member state.", "TEU, Art. 52(1)",
                    Confidence.VERIFIED, cc(member)));
        }
        for (String benelux : List.of("BE", "NL", "LU")) {
            rules.add(new BeneluxException("BENELUX " + benelux, "Benelux free movement.",
                    "Veerkracht reference notes (CSG): transfers to NL and LU need no licence", Confidence.UNVERIFIED,
                    cc(benelux)));
        }
        for (String entry : List.of("0", "5A004", "9A1")) {
            rules.add(new AnnexIvEntry("ANNEX-IV " + entry, "Annex IV item.", "Reg. (EU) 2021/821, Annex IV",
                    Confidence.VERIFIED, EntryPattern.parse(entry)));
        }
        rules.add(new Embargo("DUAL-USE-BAN RU", "No Annex I items to Russia.", "Reg. (EU) 833/2014, Art. 2(1)",
                Confidence.VERIFIED, cc("RU"), Embargo.Kind.DUAL_USE_BAN));
        rules.add(new Embargo("ARMS-EMBARGO RU", "Arms embargo.", "Decision 2014/512/CFSP", Confidence.VERIFIED,
                cc("RU"), Embargo.Kind.ARMS_EMBARGO));
        rules.add(new Embargo("ARMS-EMBARGO SY", "Arms embargo.", "Decision 2013/255/CFSP", Confidence.VERIFIED,
                cc("SY"), Embargo.Kind.ARMS_EMBARGO));
        rules.add(new Embargo("PARTIAL-ARMS-EMBARGO CD", "Non-state arms embargo.", "EU sanctions map",
                Confidence.VERIFIED, cc("CD"), Embargo.Kind.PARTIAL_ARMS_EMBARGO));
        rules.add(new CatchAll("ART4-1A", "WMD or missile end use.", "Reg. (EU) 2021/821, Art. 4(1)(a)",
                Confidence.SECONDARY, Set.of(EndUseCategory.WMD), List.of("ballistic", "nuclear weapon", "missile"),
                CatchAll.Scope.ANY_THIRD_COUNTRY));
        rules.add(new CatchAll("ART4-1B", "Military end use under an arms embargo.",
                "Reg. (EU) 2021/821, Art. 4(1)(b)", Confidence.SECONDARY, Set.of(EndUseCategory.MILITARY),
                List.of("army", "military"), CatchAll.Scope.ARMS_EMBARGOED_DESTINATION));
        rules.add(new CatchAll("ART5-1", "Cyber-surveillance.", "Reg. (EU) 2021/821, Art. 5(1)",
                Confidence.SECONDARY, Set.of(EndUseCategory.CYBER_SURVEILLANCE), List.of("lawful interception"),
                CatchAll.Scope.ANY_THIRD_COUNTRY));
        return new ExportRuleSet(VERSION, LocalDate.of(2026, 11, 28), rules);
    }
}
