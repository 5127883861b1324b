package be.veerkracht.compliance;

import be.veerkracht.geo.CountryCode;
import java.util.Objects;

/**
 * A member state of the Union, or a territory inside the Union's customs territory treated as one (an outermost
 * region, Åland, Monaco): sending goods there is a transfer inside the Union, free for Annex I items outside Annex IV
 * (Reg. (EU) 2021/821, Art. 11(1)), and not an export (Art. 2(2): leaving the customs territory).
 */
public record EuMemberState(String id, String text, String source, Confidence confidence, CountryCode country)
        implements ExportRule {

    public EuMemberState {
        ExportRule.requireCommon(id, text, source, confidence);
        Objects.requireNonNull(country, "country");
    }
}
