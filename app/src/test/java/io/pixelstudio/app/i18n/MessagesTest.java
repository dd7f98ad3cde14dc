package io.pixelstudio.app.i18n;

import org.junit.jupiter.api.Test;

import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessagesTest {

    private static final ResourceBundle BUNDLE = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {
                    {"title", "Pixel Reasoner Studio"},
                    {"pane.count", "{0} traces"},
                    {"pane.quote", "it''s {0}"},
                    {"pane.inner.key", "nested {0}"},
            };
        }
    };

    @Test
    void aKeyWithoutArgumentsIsReturnedAsWritten() {
        assertThat(new Messages(BUNDLE).get("title")).isEqualTo("Pixel Reasoner Studio");
    }

    @Test
    void aPaneReadsItsKeysWithoutThePrefix() {
        Messages pane = new Messages(BUNDLE).under("pane.", Locale.ROOT);

        assertThat(pane.get("quote", "x")).isEqualTo("it's x");
        assertThat(pane.under("inner.", Locale.ROOT).get("key", "y")).isEqualTo("nested y");
    }

    @Test
    void numberArgumentsAreFormattedForTheChosenLocale() {
        Messages messages = new Messages(BUNDLE);

        assertThat(messages.under("pane.", Locale.ROOT).get("count", 1234567)).isEqualTo("1,234,567 traces");
        assertThat(messages.under("pane.", Locale.GERMANY).get("count", 1234567)).isEqualTo("1.234.567 traces");
    }

    @Test
    void aMissingKeyFailsLoudly() {
        Messages pane = new Messages(BUNDLE).under("pane.", Locale.ROOT);

        assertThatThrownBy(() -> pane.get("title")).isInstanceOf(MissingResourceException.class);
    }

    @Test
    void theStudioBundleLoads() {
        assertThat(Messages.load().get("studio.title")).isNotBlank();
    }
}
