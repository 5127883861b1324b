package be.veerkracht.screening;

/**
 * How much a name of an entry can be trusted as an identifier. The lists grade aliases: the EU's
 * {@code strong="false"}, the UN's {@code QUALITY="Low"} and OFAC's "weak a.k.a." mark names that are too vague to
 * match on alone; a weak alias should weigh less in a score.
 */
public enum AliasQuality {
    /** The entry's primary (listed) name. */
    PRIMARY,
    /** A strong alias: good-quality a.k.a., f.k.a., spelling variant. */
    STRONG,
    /** A weak alias: low quality, too vague on its own. */
    WEAK
}
