package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The apps the emulator knows, a small subset of the server's catalog: how they connect, the
 * tools of their permission catalog (id, category, the endpoint a tool is) and the hosts an
 * app's blocklist can switch on. {@code granola} (an API-key app with three read tools) and
 * {@code jfrog-artifactory} (an API-key app with blocklist hosts, no tool catalog) are the ones
 * the server's recordings use; {@code github} connects through OAuth only.
 */
final class AppCatalog {
  /** One tool of a permission catalog and the endpoint it stands for. */
  static final class Tool {
    final String id;
    final String name;
    final String description;
    final String category;
    final String host;
    final String path;
    final String method;

    Tool(String id, String name, String description, String category, String host, String path, String method) {
      this.id = id;
      this.name = name;
      this.description = description;
      this.category = category;
      this.host = host;
      this.path = path;
      this.method = method;
    }
  }

  /** A host an app's blocklist can switch on. */
  static final class BlockableHost {
    final String id;
    final String name;
    final String hostPattern;

    BlockableHost(String id, String name, String hostPattern) {
      this.id = id;
      this.name = name;
      this.hostPattern = hostPattern;
    }
  }

  /** One app. */
  static final class App {
    final String id;
    final boolean apiKey;
    /** Credential fields as {name, label}; the metadata name is the last field's value, or "API Key". */
    final List<String[]> fields;
    final List<Tool> tools;
    final List<BlockableHost> blocklist;

    App(String id, boolean apiKey, List<String[]> fields, List<Tool> tools, List<BlockableHost> blocklist) {
      this.id = id;
      this.apiKey = apiKey;
      this.fields = fields;
      this.tools = tools;
      this.blocklist = blocklist;
    }

    /** Whether the app has a permission catalog. */
    boolean hasCatalog() {
      return !tools.isEmpty();
    }

    /** The catalog's tool ids, or {@code null} without a catalog. */
    List<String> toolIds() {
      if (tools.isEmpty()) {
        return null;
      }
      List<String> ids = new ArrayList<>();
      tools.forEach(t -> ids.add(t.id));
      return ids;
    }

    /** The permission definition: tools grouped by category, in catalog order. */
    ObjectNode definition() {
      ObjectNode o = EmulatorJson.object().put("provider", id);
      ArrayNode groups = o.putArray("groups");
      Map<String, ArrayNode> byCategory = new LinkedHashMap<>();
      for (Tool t : tools) {
        ArrayNode list = byCategory.computeIfAbsent(t.category, c -> {
          ObjectNode g = groups.addObject().put("category", c);
          return g.putArray("tools");
        });
        list.addObject().put("id", t.id).put("name", t.name).put("description", t.description);
      }
      return o;
    }
  }

  private static final Map<String, App> APPS = new LinkedHashMap<>();

  static {
    String granolaHost = "public-api.granola.ai";
    add(new App(
        "granola",
        true,
        Collections.singletonList(new String[] {"apiKey", "API Key"}),
        Arrays.asList(
            new Tool("list_notes", "List notes", "Lists meeting notes.", "read", granolaHost, "/v1/notes", "GET"),
            new Tool("get_note", "Get note", "Reads one meeting note.", "read", granolaHost, "/v1/notes/*", "GET"),
            new Tool("list_folders", "List folders", "Lists note folders.", "read", granolaHost, "/v1/folders", "GET")),
        Collections.emptyList()));
    String githubHost = "api.github.com";
    add(new App(
        "github",
        false,
        Collections.emptyList(),
        Arrays.asList(
            new Tool("get_repo", "Read repository", "Reads a repository.", "read", githubHost, "/repos/*/*", "GET"),
            new Tool("list_issues", "List issues", "Lists a repository's issues.", "read", githubHost, "/repos/*/*/issues", "GET"),
            new Tool("create_issue", "Create issue", "Opens an issue.", "write", githubHost, "/repos/*/*/issues", "POST")),
        Collections.emptyList()));
    add(new App(
        "jfrog-artifactory",
        true,
        Arrays.asList(new String[] {"token", "Access Token"}, new String[] {"subdomain", "JFrog Host"}),
        Collections.emptyList(),
        Arrays.asList(
            new BlockableHost("npm", "npm Registry", "registry.npmjs.org"),
            new BlockableHost("pypi", "PyPI", "pypi.org"))));
  }

  private AppCatalog() {}

  private static void add(App app) {
    APPS.put(app.id, app);
  }

  /** The app, or {@code null} when the emulator does not know it. */
  static App get(String provider) {
    return APPS.get(provider);
  }

  /** Every app with a permission catalog, ordered by id. */
  static List<App> withCatalog() {
    List<App> list = new ArrayList<>();
    for (App a : APPS.values()) {
      if (a.hasCatalog()) {
        list.add(a);
      }
    }
    list.sort((a, b) -> a.id.compareTo(b.id));
    return list;
  }
}
