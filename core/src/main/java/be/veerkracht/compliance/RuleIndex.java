package be.veerkracht.compliance;

import be.veerkracht.geo.CountryCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rules of a set looked up by what the engine asks: destination, kind. Built once per {@link ExportCheck}. */
final class RuleIndex {

    private final Map<CountryCode, EuMemberState> members = new HashMap<>();
    private final Map<CountryCode, BeneluxException> benelux = new HashMap<>();
    private final Map<CountryCode, List<Embargo>> embargoes = new HashMap<>();
    private final List<AnnexIvEntry> annexIv;
    private final List<UgeaAuthorisation> ugeas;
    private final List<CatchAll> catchAlls;

    RuleIndex(ExportRuleSet set) {
        set.rulesOf(EuMemberState.class).forEach(m -> members.put(m.country(), m));
        set.rulesOf(BeneluxException.class).forEach(b -> benelux.put(b.country(), b));
        set.rulesOf(Embargo.class).forEach(e -> embargoes.computeIfAbsent(e.country(), c -> new ArrayList<>()).add(e));
        annexIv = set.rulesOf(AnnexIvEntry.class);
        ugeas = set.rulesOf(UgeaAuthorisation.class);
        catchAlls = set.rulesOf(CatchAll.class);
    }

    Optional<EuMemberState> member(CountryCode country) {
        return Optional.ofNullable(members.get(country));
    }

    Optional<BeneluxException> benelux(CountryCode country) {
        return Optional.ofNullable(benelux.get(country));
    }

    Optional<Embargo> embargo(CountryCode country, Embargo.Kind kind) {
        return embargoes.getOrDefault(country, List.of()).stream().filter(e -> e.kind() == kind).findFirst();
    }

    /** True when the destination is under an arms embargo on the state, or a dual-use ban. */
    boolean armsEmbargoed(CountryCode country) {
        return embargo(country, Embargo.Kind.ARMS_EMBARGO).isPresent()
                || embargo(country, Embargo.Kind.DUAL_USE_BAN).isPresent();
    }

    /** The Annex IV entries that overlap the code (see {@link EntryPattern#overlaps}). */
    List<AnnexIvEntry> annexIv(DualUseCode code) {
        return annexIv.stream().filter(a -> a.entry().overlaps(code)).toList();
    }

    List<UgeaAuthorisation> ugeas() {
        return ugeas;
    }

    List<CatchAll> catchAlls() {
        return catchAlls;
    }
}
