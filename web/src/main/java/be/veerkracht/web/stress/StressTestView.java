package be.veerkracht.web.stress;

import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.page.Labels;
import be.veerkracht.web.page.PageText;
import java.util.List;
import java.util.Optional;

/**
 * The stress test page: the form that starts a run (and the run, when one is asked for), and the named scenarios
 * side by side.
 *
 * @param run        the run to show (it polls itself while active); null for none
 * @param formError  why the settings were refused; null when they were not
 * @param scenarios  the named-scenario lines as last entered, always {@link StressInput#MAX_NAMED_SCENARIOS}
 * @param comparison the named scenarios' result; null before any
 */
public record StressTestView(Labels text, boolean hasSnapshot, String snapshotLine, String csrfToken,
                             String scenariosValue, String horizonValue, String seedValue, String formError,
                             StressRunView run, List<String> scenarios, String scenarioHorizon,
                             ScenarioComparisonView comparison, List<Preset> presets) {

    public StressTestView {
        scenarios = List.copyOf(scenarios);
        presets = List.copyOf(presets);
    }

    /** An example scenario the user can put in a line with one click. */
    public record Preset(String label, String events) {
    }

    public String get(StressText key, Object... args) {
        return text.get(key, args);
    }

    public int maxScenarios() {
        return StressInput.MAX_SCENARIOS;
    }

    public int maxHorizon() {
        return StressInput.MAX_HORIZON_DAYS;
    }

    /** The line's number, from 1. */
    public int number(int index) {
        return index + 1;
    }

    /** The examples: Taiwan Strait 60 days, the China sphere 90 days, the Red Sea 120 days. */
    static List<Preset> presets(Labels text) {
        return List.of(new Preset(text.get(StressText.PRESET_TAIWAN), "footprint:TAIWAN_STRAIT:60"),
                new Preset(text.get(StressText.PRESET_CHINA), "zone:CN_SPHERE:90"),
                new Preset(text.get(StressText.PRESET_RED_SEA), "lane:RED_SEA_SUEZ:120"));
    }

    /** The default lines: the three examples, one per scenario. */
    static List<String> defaultLines() {
        return List.of("footprint:TAIWAN_STRAIT:60", "zone:CN_SPHERE:90", "lane:RED_SEA_SUEZ:120", "");
    }

    static String snapshotLine(Labels text, Optional<AssessedSnapshot> latest) {
        if (latest.isEmpty()) {
            return null;
        }
        SnapshotInfo info = latest.get().snapshot().info();
        return text.get(PageText.SNAPSHOT_LINE, String.valueOf(info.id()), info.source(),
                text.dateTime(info.importedAt()), latest.get().assessment().geographyVersion());
    }
}
