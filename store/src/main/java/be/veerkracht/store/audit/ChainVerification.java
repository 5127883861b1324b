package be.veerkracht.store.audit;

import be.veerkracht.i18n.MessageKey;
import be.veerkracht.i18n.Messages;
import be.veerkracht.store.StoreProblem;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The outcome of checking an audit chain, in the database or in an exported file: intact, or broken at the
 * first entry where the chain stops holding.
 */
public sealed interface ChainVerification {

    boolean isIntact();

    /** One sentence for the user. */
    String message(Locale locale);

    /**
     * Every entry checks out.
     *
     * @param entries  how many entries the chain has
     * @param headHash the last entry's hash ({@link AuditEntry#GENESIS_HASH} for an empty chain): record it
     *                 elsewhere to detect later truncation or wholesale rewriting
     */
    record Intact(long entries, String headHash) implements ChainVerification {

        public Intact {
            Objects.requireNonNull(headHash, "headHash");
        }

        @Override
        public boolean isIntact() {
            return true;
        }

        @Override
        public String message(Locale locale) {
            return Messages.format(Label.INTACT, locale, String.valueOf(entries), headHash);
        }
    }

    /**
     * The first entry where the chain breaks.
     *
     * @param reason   what is wrong there
     * @param position the line number in a file; in the database, the row's place in seq order (1 = first)
     * @param seq      the seq that entry claims; empty when the line could not be read
     * @param args     the reason's message arguments
     */
    record Broken(ChainBreak reason, long position, OptionalLong seq, List<String> args)
            implements ChainVerification {

        public Broken {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(seq, "seq");
            args = List.copyOf(args);
        }

        @Override
        public boolean isIntact() {
            return false;
        }

        @Override
        public String message(Locale locale) {
            String why = Messages.format(reason, locale, args.toArray());
            return seq.isPresent()
                    ? Messages.format(Label.AT_SEQ, locale, String.valueOf(position), String.valueOf(seq.getAsLong()),
                            why)
                    : Messages.format(Label.AT_POSITION, locale, String.valueOf(position), why);
        }
    }

    /** The words around a verification result. */
    enum Label implements MessageKey {
        INTACT, AT_SEQ, AT_POSITION;

        @Override
        public String bundle() {
            return StoreProblem.BUNDLE;
        }

        @Override
        public String key() {
            return "chain.label." + name().toLowerCase(Locale.ROOT);
        }
    }
}
