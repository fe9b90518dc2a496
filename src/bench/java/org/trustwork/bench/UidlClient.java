package org.trustwork.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One browser tab's side of Vaadin Flow's client-server protocol (UIDL over HTTP), enough to drive Trustwork the
 * way its browser client does: the ui id, CSRF token, sync and client ids from the server's messages, a map from
 * element ids (setId) to state-tree node ids, which buttons are disabled, and the grid updates the client must
 * confirm. Request bodies are built exactly as the recorded browser sends them (see BrowserRecorder).
 * Not thread-safe: one per simulated user.
 */
final class UidlClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern INPUT_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** The query a browser adds to the bootstrap request (fixed values of a 1280x720 laptop screen, UTC). */
    static final String INIT_QUERY = "&query=&v-sh=720&v-sw=1280&v-wh=720&v-ww=1280&v-bh=720&v-bw=1280"
            + "&v-curdate=%d&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-0.5&v-td=false&v-pr=1"
            + "&v-np=Linux%%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
            + "&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";

    private int uiId = -1;
    private String csrf;
    private int syncId;
    private int clientId;
    private final Map<String, Integer> nodeById = new HashMap<>();
    private final Map<Integer, String> idByNode = new HashMap<>();
    private final Set<Integer> disabled = new HashSet<>();
    private final List<int[]> confirms = new ArrayList<>();
    private final Map<Integer, Integer> promises = new HashMap<>();

    /** The Spring Security CSRF token of the sign-in page (a meta tag in Vaadin's bootstrap page). */
    static String loginCsrf(String html) {
        var meta = META_CSRF.matcher(html);
        if (meta.find()) {
            return meta.group(1);
        }
        var input = INPUT_CSRF.matcher(html);
        if (input.find()) {
            return input.group(1);
        }
        throw new IllegalStateException("No CSRF token on the sign-in page");
    }

    static String initUrl(String route) {
        return "/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                + String.format(INIT_QUERY, System.currentTimeMillis());
    }

    String uidlUrl() {
        return "/?v-r=uidl&v-uiId=" + uiId;
    }

    String heartbeatUrl() {
        return "/?v-r=heartbeat&v-uiId=" + uiId;
    }

    /** Reads the bootstrap response (?v-r=init): a new UI, its CSRF token and its first state. */
    void init(String body) {
        JsonNode config = parse(body).path("appConfig");
        uiId = config.path("v-uiId").asInt(-1);
        JsonNode uidl = config.path("uidl");
        csrf = uidl.path("Vaadin-Security-Key").asText(null);
        if (uiId < 0 || csrf == null) {
            throw new IllegalStateException("Not a Vaadin bootstrap response");
        }
        nodeById.clear();
        idByNode.clear();
        disabled.clear();
        confirms.clear();
        promises.clear();
        syncId = 0;
        clientId = 0;
        apply(uidl);
    }

    /** What is wrong with a UIDL response, or "ok": the checks the browser client makes before applying one. */
    static String problemIn(String body) {
        String problem = problem(body);
        if (!"ok".equals(problem) && Boolean.getBoolean("bench.debug")) {
            System.err.println("[uidl] " + problem + ": " + (body == null ? null
                    : body.substring(0, Math.min(600, body.length()))));
        }
        return problem;
    }

    private static String problem(String body) {
        if (body == null || body.isBlank()) {
            return "empty response";
        }
        try {
            JsonNode message = parse(body);
            JsonNode meta = message.path("meta");
            if (meta.path("sessionExpired").asBoolean(false)) {
                return "session expired";
            }
            if (meta.has("appError")) {
                return "application error: " + meta.path("appError");
            }
            if (message.path("resynchronize").asBoolean(false) || meta.path("async").asBoolean(false)) {
                return "resynchronize";
            }
            if (!message.has("syncId")) {
                return "no syncId";
            }
            return "ok";
        } catch (RuntimeException e) {
            return "not a UIDL message: " + e.getMessage();
        }
    }

    /** Applies a UIDL response. */
    void response(String body) {
        apply(parse(body));
    }

    private void apply(JsonNode message) {
        if (message.has("syncId")) {
            syncId = message.path("syncId").asInt();
        }
        if (message.has("clientId")) {
            clientId = message.path("clientId").asInt();
        }
        for (JsonNode change : message.path("changes")) {
            int node = change.path("node").asInt();
            String type = change.path("type").asText();
            String key = change.path("key").asText("");
            if ("detach".equals(type)) {
                String id = idByNode.remove(node);
                if (id != null && nodeById.get(id) == node) {
                    nodeById.remove(id);
                }
                disabled.remove(node);
            } else if ("put".equals(type) && "id".equals(key) && change.path("value").isTextual()) {
                nodeById.put(change.path("value").asText(), node);
                idByNode.put(node, change.path("value").asText());
            } else if ("disabled".equals(key)) {
                if ("put".equals(type)) {
                    disabled.add(node);
                } else if ("remove".equals(type)) {
                    disabled.remove(node);
                }
            }
        }
        for (JsonNode call : message.path("execute")) {
            // [{"@v-node":N}, updateId, "return $0.$connector.confirm($1)"]: a grid asks the client to confirm
            String script = call.path(call.size() - 1).asText("");
            if (call.size() == 3 && script.contains("$connector.confirm($1)") && call.path(0).has("@v-node")) {
                confirms.add(new int[] {call.path(0).path("@v-node").asInt(), call.path(1).asInt()});
            }
        }
    }

    boolean has(String elementId) {
        return nodeById.containsKey(elementId);
    }

    boolean enabled(String elementId) {
        Integer node = nodeById.get(elementId);
        return node != null && !disabled.contains(node);
    }

    private int node(String elementId) {
        Integer node = nodeById.get(elementId);
        if (node == null) {
            throw new IllegalStateException("No element with id " + elementId + " on screen; known: "
                    + nodeById.keySet());
        }
        return node;
    }

    /** The router navigation the client sends for an in-app link ("client") or for back/forward ("history"). */
    String navigate(String route, String trigger) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", trigger);
        return message(event(1, "ui-navigate", data));
    }

    /** Text typed into a Vaadin text field or area with ValueChangeMode.TIMEOUT: the value and its input event. */
    String type(String elementId, String value, boolean intermediate) {
        int node = node(elementId);
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        ObjectNode data = JSON.createObjectNode();
        data.put("1", 1);
        if (intermediate) {
            data.put("for", "intermediate");
        }
        return message(sync, event(node, "input", data));
    }

    /** A mouse click on a button; {@code blurFirst} is the field that loses focus to it, as in the browser. */
    String click(String elementId, String blurFirst) {
        ObjectNode data = JSON.createObjectNode();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 880);
        data.put("event.clientY", 190);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 287);
        data.put("event.screenX", 890);
        ObjectNode click = event(node(elementId), "click", data);
        if (blurFirst != null && has(blurFirst)) {
            return message(event(node(blurFirst), "blur", JSON.createObjectNode()), click);
        }
        return message(click);
    }

    /** The grid confirmations the last responses asked for, as the browser sends them; null if none. */
    String pendingConfirms() {
        if (confirms.isEmpty()) {
            return null;
        }
        var calls = new ArrayList<ObjectNode>();
        for (int[] confirm : confirms) {
            ObjectNode call = JSON.createObjectNode();
            call.put("type", "publishedEventHandler");
            call.put("node", confirm[0]);
            call.put("templateEventMethodName", "confirmUpdate");
            call.putArray("templateEventMethodArgs").add(confirm[1]);
            int promise = promises.merge(confirm[0], 1, Integer::sum) - 1;
            call.put("promise", promise);
            calls.add(call);
        }
        confirms.clear();
        return message(calls.toArray(ObjectNode[]::new));
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        return event;
    }

    private String message(ObjectNode... rpc) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrf);
        ArrayNode calls = message.putArray("rpc");
        for (ObjectNode call : rpc) {
            calls.add(call);
        }
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return message.toString();
    }

    private static JsonNode parse(String body) {
        String json = body.strip();
        if (json.startsWith("for(;;);")) {
            json = json.substring("for(;;);".length());
        }
        try {
            JsonNode node = JSON.readTree(json);
            return node.isArray() ? node.path(0) : node;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Not JSON: " + json.substring(0, Math.min(200, json.length())), e);
        }
    }
}
