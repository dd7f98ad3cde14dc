package io.pixelstudio.app.studio.main;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.testing.SampleData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StudioActionTest {

    private final Messages messages = Messages.load();

    @Test
    void everyActionHasANameAndADescription() {
        for (StudioAction action : StudioAction.values()) {
            assertThat(action.text(messages)).isNotBlank();
            assertThat(action.description(messages)).isNotBlank();
        }
    }

    @Test
    void noTwoActionsShareAShortcut() {
        Set<String> seen = new HashSet<>();
        for (StudioAction action : StudioAction.values()) {
            for (String shortcut : action.shortcuts()) {
                assertThat(seen.add(shortcut)).as("%s reuses %s", action, shortcut).isTrue();
            }
        }
    }

    @Test
    void modifierShortcutsAreMenuAcceleratorsAndSingleKeysAreNot() {
        assertThat(StudioAction.OPEN.accelerator()).isNotNull();
        assertThat(StudioAction.OPEN.accelerator().getName()).isEqualTo("Shortcut+O");
        assertThat(StudioAction.NEXT_TURN.accelerator()).isNull();
        assertThat(StudioAction.HELP.matchesTyped("?")).isTrue();
    }

    /** The README's shortcut table is the enum: same actions, same keys, same order. */
    @Test
    void readmeShortcutTableMatchesTheActions() throws IOException {
        List<String> readme = Files.readAllLines(SampleData.checkout().resolve("README.md"));
        int header = readme.indexOf("| keys | action | what it does |");
        assertThat(header).as("README has the shortcut table header").isPositive();
        List<String> rows = new ArrayList<>();
        for (int i = header + 2; i < readme.size() && readme.get(i).startsWith("|"); i++) {
            rows.add(readme.get(i));
        }
        List<String> expected = StudioAction.withShortcuts().stream().map(a -> readmeRow(a)).toList();
        assertThat(rows).containsExactlyElementsOf(expected);
    }

    /** The README row of {@code action}, as the table must have it. */
    static String readmeRow(StudioAction action) {
        String keys = String.join(" / ", action.shortcuts().stream().map(s -> "`" + s + "`").toList());
        return "| " + keys + " | " + Messages.load().get(action.messageKey()) + " | "
                + Messages.load().get(action.messageKey() + ".help") + " |";
    }
}
