package be.veerkracht.screening.match;

import be.veerkracht.screening.ListEntry;
import be.veerkracht.screening.ListedName;
import be.veerkracht.screening.SanctionsList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Screens names against one or more list versions: candidate retrieval from an in-memory Lucene index
 * ({@link CandidateQuery}: tokens and character trigrams of every normalised name, BM25), then the
 * {@link TokenAlignmentNameMatcher} on the entries of the top {@link #DEFAULT_CANDIDATES} names.
 *
 * <p>Build: O(total name length) plus Lucene's indexing; the index lives in memory (ByteBuffersDirectory), no
 * file I/O. Search: one Lucene disjunction (block-max WAND pruning) and at most K entry scorings. Results are
 * sorted by score, then list, then entry id, so the same lists and query always give the same answer.
 * Thread-safe for searches. Limit: an entry none of whose names is among the top K candidates is not scored
 * (with K = {@value #DEFAULT_CANDIDATES}, 3 of 3,628 positive queries of the evaluation set, all below the threshold
 * against their entry anyway; docs/screening.md).
 */
public final class ListIndex {

    /** Names retrieved from Lucene per query before scoring. */
    public static final int DEFAULT_CANDIDATES = 50;
    /** The default threshold: matches scoring below it are not reported (docs/screening.md, "Evaluation"). */
    public static final double DEFAULT_THRESHOLD = 0.80;
    private static final String ORDINAL_FIELD = "ord";

    private final NameNormaliser normaliser;
    private final TokenAlignmentNameMatcher matcher;
    private final List<IndexedEntry> entries = new ArrayList<>();
    private final List<Integer> entryOfName = new ArrayList<>();
    private final IndexSearcher searcher;
    private final int[] nameOfDoc;
    private final int candidates;

    /** One entry with its list and its names normalised once. */
    private record IndexedEntry(SanctionsList list, ListEntry entry, List<PreparedName> names) {
    }

    /** Indexes the lists with the default normaliser and candidate count. */
    public ListIndex(List<SanctionsList> lists) {
        this(lists, new NameNormaliser(), DEFAULT_CANDIDATES);
    }

    public ListIndex(List<SanctionsList> lists, NameNormaliser normaliser, int candidates) {
        Objects.requireNonNull(lists, "lists");
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be >= 1: " + candidates);
        }
        this.candidates = candidates;
        List<List<NormalisedName>> normalised = new ArrayList<>();
        List<List<String>> allTokens = new ArrayList<>();
        for (SanctionsList list : lists) {
            for (ListEntry entry : list.entries()) {
                List<NormalisedName> names = entry.names().stream().map(ListedName::name).map(normaliser::normalise)
                        .toList();
                names.forEach(n -> allTokens.add(n.tokens()));
                normalised.add(names);
            }
        }
        TokenWeights weights = new TokenWeights(allTokens, normaliser.legalForms());
        this.matcher = new TokenAlignmentNameMatcher(normaliser, weights);
        int next = 0;
        for (SanctionsList list : lists) {
            for (ListEntry entry : list.entries()) {
                List<PreparedName> names = normalised.get(next++).stream().map(n -> new PreparedName(n, weights))
                        .toList();
                for (int k = 0; k < names.size(); k++) {
                    entryOfName.add(entries.size());
                }
                entries.add(new IndexedEntry(list, entry, names));
            }
        }
        try {
            this.searcher = new IndexSearcher(DirectoryReader.open(write()));
            this.nameOfDoc = ordinals(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index failed", e);
        }
    }

    private ByteBuffersDirectory write() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            int ordinal = 0;
            for (IndexedEntry e : entries) {
                for (PreparedName prepared : e.names()) {
                    NormalisedName name = prepared.name;
                    Document doc = new Document();
                    doc.add(new TextField(CandidateQuery.TOKEN_FIELD, name.text(), Field.Store.NO));
                    doc.add(new TextField(CandidateQuery.GRAM_FIELD, CandidateQuery.grams(name.tokens()),
                            Field.Store.NO));
                    doc.add(new NumericDocValuesField(ORDINAL_FIELD, ordinal++));
                    writer.addDocument(doc);
                }
            }
        }
        return directory;
    }

    private static int[] ordinals(IndexSearcher searcher) throws IOException {
        int[] out = new int[searcher.getIndexReader().maxDoc()];
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            NumericDocValues values = leaf.reader().getNumericDocValues(ORDINAL_FIELD);
            for (int d = values.nextDoc(); d != NumericDocValues.NO_MORE_DOCS; d = values.nextDoc()) {
                out[leaf.docBase + d] = (int) values.longValue();
            }
        }
        return out;
    }

    /** Matches at or above the default threshold. */
    public List<ScreeningHit> search(ScreeningQuery query) {
        return search(query, DEFAULT_THRESHOLD);
    }

    /** Matches scoring at least {@code threshold}, best first (ties by list, then entry id). */
    public List<ScreeningHit> search(ScreeningQuery query, double threshold) {
        PreparedName name = matcher.prepare(query.name());
        Set<Integer> candidateEntries = new LinkedHashSet<>();
        try {
            Query lucene = CandidateQuery.of(name.name, searcher.getIndexReader());
            if (lucene == null) {
                return List.of();
            }
            for (ScoreDoc hit : searcher.search(lucene, candidates).scoreDocs) {
                candidateEntries.add(entryOfName.get(nameOfDoc[hit.doc]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory search failed", e);
        }
        List<ScreeningHit> hits = new ArrayList<>();
        for (int index : candidateEntries) {
            IndexedEntry e = entries.get(index);
            NameMatch match = matcher.match(query, name, e.entry(), e.names());
            if (match.score() >= threshold) {
                hits.add(new ScreeningHit(e.list().version(), match));
            }
        }
        hits.sort(Comparator.comparingDouble(ScreeningHit::score).reversed()
                .thenComparing(h -> h.list().source())
                .thenComparing(h -> h.list().contentHash())
                .thenComparing(ScreeningHit::entryId));
        return hits;
    }

    /** The matcher with the token weights of the indexed names, for scoring one entry directly. */
    public NameMatcher matcher() {
        return matcher;
    }

    /** Number of indexed entries. */
    public int size() {
        return entries.size();
    }
}
