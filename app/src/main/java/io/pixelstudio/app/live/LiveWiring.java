package io.pixelstudio.app.live;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.app.studio.task.ErrorReporter;
import io.pixelstudio.bridge.agent.AgentLoop;
import io.pixelstudio.bridge.agent.FolderImageSink;
import io.pixelstudio.bridge.endpoint.ChatClient;
import io.pixelstudio.bridge.endpoint.EndpointProfiles;
import javafx.application.Platform;
import javafx.stage.Window;

import java.nio.file.Path;

/**
 * Builds the Ask window with its real collaborators — the user's endpoint profiles, clients whose
 * key comes from the environment, observation images under the temp folder — so the main window
 * wires the feature in one line.
 */
public final class LiveWiring {

    private LiveWiring() {
    }

    public static AskWindow askWindow(Window owner, BackgroundTasks tasks, ErrorReporter errors, Messages messages) {
        Path observations = Path.of(System.getProperty("java.io.tmpdir"), "pixelstudio-live");
        AskViewModel model = new AskViewModel(tasks, Platform::runLater, new EndpointProfiles(EndpointProfiles.defaultFolder()),
                profile -> new AgentLoop(ChatClient.create(profile, System::getenv), new FolderImageSink(observations), true));
        return new AskWindow(owner, model, errors, messages);
    }
}
