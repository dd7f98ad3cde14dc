package io.pixelstudio.bridge.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineDefaultsTest {

    @Test
    void theCiRunIsSmallerThanTheTenMinuteRunInEverySize() {
        EngineDefaults ci = EngineDefaults.ci();
        EngineDefaults full = EngineDefaults.tenMinutes();
        assertThat(ci.items()).isLessThan(full.items());
        assertThat(ci.sftEpochs()).isLessThan(full.sftEpochs());
        assertThat(ci.rlSteps() * ci.rlQuestions() * ci.rlGroupSize())
                .isLessThan(full.rlSteps() * full.rlQuestions() * full.rlGroupSize());
    }

    @Test
    void aGroupOfOneIsRejectedBecauseGrpoNeedsAGroupMean() {
        assertThatThrownBy(() -> new EngineDefaults(10, 1, 8, 1e-3f, 2, 2, 1, 1e-3f))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2×1");
    }
}
