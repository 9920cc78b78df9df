package cn.gov.zhangping.fertility.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventProducersTest {

    @TempDir
    Path dir;

    private ClassLoader withLists(String... lists) throws IOException {
        URL[] roots = new URL[lists.length];
        for (int i = 0; i < lists.length; i++) {
            Path file = dir.resolve("root" + i).resolve(EventProducers.RESOURCE);
            Files.createDirectories(file.getParent());
            Files.writeString(file, lists[i]);
            roots[i] = dir.resolve("root" + i).toUri().toURL();
        }
        return new URLClassLoader(roots, null);
    }

    @Test
    void theListsOfEveryContractAreRead() throws IOException {
        assertThat(EventProducers.load(withLists("# births\na.v1=/producer-a\n", "b.v1 = /producer-b\na.v1=/producer-a\n")))
                .isEqualTo(Map.of("a.v1", "/producer-a", "b.v1", "/producer-b"));
    }

    @Test
    void aTopicWithTwoProducersIsRefused() throws IOException {
        ClassLoader loader = withLists("a.v1=/producer-a\n", "a.v1=/producer-b\n");
        assertThatThrownBy(() -> EventProducers.load(loader)).hasMessageContaining("a.v1 has two producers");
    }
}
