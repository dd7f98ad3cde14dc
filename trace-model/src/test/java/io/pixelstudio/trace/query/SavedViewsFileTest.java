package io.pixelstudio.trace.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SavedViewsFileTest {

    @TempDir
    Path tmp;

    private final SavedViewsFile file = new SavedViewsFile();

    @Test
    void aDocumentWithoutAViewsFileHasTheBuiltInViews() throws IOException {
        SavedViews views = file.read(tmp.resolve("data.json"));
        assertThat(views.all()).extracting(SavedView::name).containsExactly("Accepted", "Needs fix", "Unreviewed", "Invalid");
        assertThat(views.all()).allSatisfy(v -> assertThat(v.parse()).isNotNull());
    }

    @Test
    void viewsAreWrittenBesideADataFileAndReadBack() throws IOException {
        Path data = Files.writeString(tmp.resolve("data.json"), "[]");
        SavedViews views = SavedViews.builtInOnly().with(SavedView.of("Small boxes", "box<0.05 status:unreviewed"))
                .with(SavedView.of("Video", "op:frames"));
        file.write(data, views);
        assertThat(tmp.resolve("data.json.pixelstudio-views.json")).exists();
        assertThat(Files.readString(tmp.resolve("data.json.pixelstudio-views.json"))).contains("\"version\": 1");
        assertThat(file.read(data)).isEqualTo(views);
        assertThat(Files.readString(data)).isEqualTo("[]");
    }

    @Test
    void aProjectFolderKeepsItsViewsInside() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        file.write(project, SavedViews.builtInOnly().with(SavedView.of("Mine", "tag:x")));
        assertThat(project.resolve("pixelstudio-views.json")).exists();
        assertThat(file.read(project).find("mine")).map(SavedView::query).contains("tag:x");
    }

    @Test
    void renameReplaceAndDeleteKeepOrderAndRefuseBuiltIns() {
        SavedViews views = SavedViews.builtInOnly().with(SavedView.of("A", "tag:a")).with(SavedView.of("B", "tag:b"));
        assertThat(views.renamed("A", "C").user()).extracting(SavedView::name).containsExactly("C", "B");
        assertThat(views.with(SavedView.of("a", "tag:z")).user()).extracting(SavedView::query).containsExactly("tag:z", "tag:b");
        assertThat(views.without("B").user()).extracting(SavedView::name).containsExactly("A");
        assertThatThrownBy(() -> views.without("Accepted")).hasMessageContaining("built-in");
        assertThatThrownBy(() -> views.renamed("A", "B")).hasMessageContaining("exists already");
        assertThatThrownBy(() -> views.with(SavedView.of("Bad", "status:nope"))).isInstanceOf(QueryException.class);
    }

    @Test
    void anUnknownVersionOrABadQueryIsRefusedNamingTheFile() throws IOException {
        Path data = tmp.resolve("d.json");
        Path views = SavedViewsFile.locate(data);
        Files.writeString(views, "{\"version\": 9, \"views\": []}");
        assertThatThrownBy(() -> file.read(data)).hasMessageContaining(views.toString()).hasMessageContaining("version 9");
        Files.writeString(views, "{\"version\": 1, \"views\": [{\"name\": \"x\", \"query\": \"ops>\"}]}");
        assertThatThrownBy(() -> file.read(data)).hasMessageContaining(views.toString()).hasMessageContaining("column 5");
    }
}
