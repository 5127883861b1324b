package be.veerkracht.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private static String canonical(String json) {
        return CanonicalJson.write(CanonicalJson.parse(json));
    }

    @Test
    void escapes_exactly_as_python_json_dumps() {
        // Expected text printed by Python 3.11.7:
        // json.dumps({"k": "\x00\x07\b\t\n\x0b\f\r\x1f\x7f \"\\/<>&\u2028é𝄞"}, sort_keys=True,
        //            separators=(",", ":"), ensure_ascii=False)
        String value = "\u0000\u0007\b\t\n\u000b\f\r\u001f\u007f \"\\/<>&\u2028é𝄞";
        String expected = "{\"k\":\"\\u0000\\u0007\\b\\t\\n\\u000b\\f\\r\\u001f\u007f \\\"\\\\/<>&\u2028é𝄞\"}";
        assertThat(CanonicalJson.write(CanonicalJson.tree(Map.of("k", value)))).isEqualTo(expected);
    }

    @Test
    void sorts_keys_by_code_point_at_every_level_as_python_does() {
        // Expected text printed by Python 3.11.7 (json.dumps, same arguments): U+FFFF sorts before U+1D11E,
        // although Java's String.compareTo puts the surrogate pair of U+1D11E first.
        String json = "{\"𝄞\":1,\"\uffff\":2,\"é\":3,\"a\":4,\"B\":5,\"\":6,"
                + "\"aa\":{\"z\":0,\"y\":[1,-2,{\"b\":null,\"a\":true}]}}";
        assertThat(canonical(json)).isEqualTo(
                "{\"\":6,\"B\":5,\"a\":4,\"aa\":{\"y\":[1,-2,{\"a\":true,\"b\":null}],\"z\":0},\"é\":3,\"\uffff\":2,"
                        + "\"𝄞\":1}");
    }

    @Test
    void keeps_whole_numbers_of_any_size() {
        assertThat(canonical("{\"n\":123456789012345678901234567890,\"m\":-0}"))
                .isEqualTo("{\"m\":0,\"n\":123456789012345678901234567890}");
    }

    @Test
    void refuses_decimals_which_tools_print_differently() {
        assertThatThrownBy(() -> canonical("{\"price\":1.50}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole numbers");
        assertThatThrownBy(() -> canonical("{\"big\":1e3}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_lone_surrogates_which_utf8_cannot_encode() {
        assertThatThrownBy(() -> CanonicalJson.write(CanonicalJson.tree(Map.of("k", "a\ud834b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+D834");
    }

    @Test
    void refuses_duplicate_keys_and_trailing_text() {
        assertThatThrownBy(() -> CanonicalJson.parse("{\"a\":1,\"a\":2}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.parse("{} {}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void canonical_text_is_a_fixed_point(@ForAll("documents") Map<String, Object> document) {
        String once = CanonicalJson.write(CanonicalJson.tree(document));
        assertThat(canonical(once)).isEqualTo(once);
    }

    @Provide
    Arbitrary<Map<String, Object>> documents() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(12)
                .filter(s -> s.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE));
        Arbitrary<Object> leaf = Arbitraries.oneOf(text, Arbitraries.longs(), Arbitraries.of(true, false),
                Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30).negate(),
                        java.math.BigInteger.TEN.pow(30)));
        Arbitrary<Object> nested = Arbitraries.maps(text, leaf).ofMaxSize(4).map(m -> (Object) m);
        return Arbitraries.maps(text, Arbitraries.oneOf(leaf, nested, leaf.list().ofMaxSize(3).map(l -> (Object) l)))
                .ofMaxSize(6);
    }
}
