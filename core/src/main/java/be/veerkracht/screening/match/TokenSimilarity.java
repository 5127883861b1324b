package be.veerkracht.screening.match;

/**
 * How alike two normalised tokens are: edit distance, consonant skeleton (romanisation variants) and initials.
 *
 * <p>Edit distance: the optimal-string-alignment form of the Damerau–Levenshtein distance (insertions, deletions,
 * substitutions and transpositions of adjacent letters, each cost 1), by dynamic programming in O(|a|·|b|) time,
 * abandoned as soon as a row exceeds the bound. F. J. Damerau, "A technique for computer detection and correction
 * of spelling errors", Communications of the ACM 7(3):171–176, 1964, doi:10.1145/363958.363994; V. I. Levenshtein,
 * "Binary codes capable of correcting deletions, insertions, and reversals", Soviet Physics Doklady 10(8):707–710,
 * 1966. The number of edits allowed grows with the token's length as Elasticsearch's {@code fuzziness: AUTO}
 * (Elasticsearch Reference, "Common options: Fuzziness"): none up to {@value #EXACT_ONLY_MAX_LENGTH} letters,
 * one up to {@value #ONE_EDIT_MAX_LENGTH}, two beyond.
 *
 * <p>Consonant skeleton: the first letter, then the consonants (y is a vowel; an h after a consonant, as in kh,
 * sh, th, is dropped) without doubled letters, after folding q/c→k, z→s, w→v, ph→f, dj→j, so Latin spellings of the same Arabic or Russian name meet ("Mohammed", "Muhammad", "Mohamed" →
 * {@code mhmd}; "Hussein", "Husain" → {@code hsn}), after the idea of Soundex (R. C. Russell, US patent 1,261,167,
 * 1918) without its digit classes. Used only for tokens of at least {@value #SKELETON_MIN_TOKEN_LENGTH} letters
 * whose skeleton has at least {@value #SKELETON_MIN_LENGTH} letters.
 */
final class TokenSimilarity {

    /** Tokens up to this length must match exactly. */
    static final int EXACT_ONLY_MAX_LENGTH = 2;
    /** Tokens up to this length may differ by one edit; longer ones by two. */
    static final int ONE_EDIT_MAX_LENGTH = 5;
    /** Skeleton matching applies to tokens at least this long. */
    static final int SKELETON_MIN_TOKEN_LENGTH = 4;
    /** ...whose skeletons are at least this long. */
    static final int SKELETON_MIN_LENGTH = 3;

    private static final String VOWELS = "aeiouy";

    private TokenSimilarity() {
    }

    /** Edits allowed between two tokens, by the shorter one's length. */
    static int maxEdits(String a, String b) {
        int len = Math.min(a.length(), b.length());
        return len <= EXACT_ONLY_MAX_LENGTH ? 0 : len <= ONE_EDIT_MAX_LENGTH ? 1 : 2;
    }

    /**
     * Optimal-string-alignment distance, or {@code bound + 1} when it exceeds {@code bound}.
     */
    static int distance(String a, String b, int bound) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > bound) {
            return bound + 1;
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, prev2[j - 2] + 1);
                }
                cur[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > bound) {
                return bound + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], bound + 1);
    }

    /** The consonant skeleton, or null when the token is too short for one. */
    static String skeleton(String token) {
        if (token.length() < SKELETON_MIN_TOKEN_LENGTH) {
            return null;
        }
        String folded = token.replace("ph", "f").replace("dj", "j").replace('q', 'k').replace('c', 'k')
                .replace('z', 's').replace('w', 'v');
        StringBuilder b = new StringBuilder().append(folded.charAt(0));
        char last = folded.charAt(0);
        for (int i = 1; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean vowel = VOWELS.indexOf(c) >= 0;
            boolean digraphH = c == 'h' && VOWELS.indexOf(folded.charAt(i - 1)) < 0;
            if (!vowel && !digraphH && c != last) {
                b.append(c);
            }
            last = vowel ? ' ' : digraphH ? last : c;
        }
        return b.length() >= SKELETON_MIN_LENGTH ? b.toString() : null;
    }

    /**
     * The script-loss fold, for tokens of a name transliterated from another script: merges the Latin letters that
     * a round trip through Greek, Cyrillic or Arabic cannot keep apart (u/y/i/j, b/v/w, c/k/q, ph/f, and h, which
     * Greek writes as a breathing mark and Arabic often drops): "myhammad" and "muhammad" fold alike.
     */
    static String scriptLossFold(String token) {
        StringBuilder b = new StringBuilder(token.length());
        String t = token.replace("ph", "f");
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case 'h' -> { }
                case 'u', 'y', 'j' -> b.append('i');
                case 'b', 'w' -> b.append('v');
                case 'c', 'q' -> b.append('k');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether {@code initial} is one letter and {@code full} a longer token starting with it. */
    static boolean isInitialOf(String initial, String full) {
        return initial.length() == 1 && full.length() > 1 && full.charAt(0) == initial.charAt(0);
    }
}
