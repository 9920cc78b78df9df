package cn.gov.zhangping.fertility.kubernetes;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Finding rendered objects to break on purpose in the negative tests. */
final class Objects {

    private Objects() {
    }

    static ObjectNode find(List<JsonNode> objects, String kind, String name) {
        return (ObjectNode) objects.stream()
                .filter(o -> kind.equals(o.path("kind").asString()) && name.equals(o.path("metadata").path("name").asString()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    /** The object at a JSON pointer, e.g. {@code /spec/template/spec/containers/0}. */
    static ObjectNode at(JsonNode object, String pointer) {
        return (ObjectNode) object.at(pointer);
    }

    static ObjectNode container(List<JsonNode> objects, String deployment) {
        return at(find(objects, "Deployment", deployment), "/spec/template/spec/containers/0");
    }
}
