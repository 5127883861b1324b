package be.veerkracht.compliance;

import java.util.Objects;

/**
 * Items of Annex IV of Reg. (EU) 2021/821: their transfer inside the Union needs an authorisation too (Art. 11(1)).
 *
 * @param entry the items, as an {@link EntryPattern}
 */
public record AnnexIvEntry(String id, String text, String source, Confidence confidence, EntryPattern entry)
        implements ExportRule {

    public AnnexIvEntry {
        ExportRule.requireCommon(id, text, source, confidence);
        Objects.requireNonNull(entry, "entry");
    }
}
