package dev.onecli4j.hygiene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.onecli4j.generated.onecli.model.ContainerConfig;
import dev.onecli4j.generated.runtime.Credentials;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The {@code toString()} of every generated model, found by reflection, with every field set: a
 * credential field (marked in the spec) prints masked whatever its value, and any other field
 * prints without the credentials a value may embed (a URL's password, a token).
 */
class ModelToStringHygieneTest {
  private static final String CREDENTIAL = "canary-CRED-5f4e3d2c1b";
  private static final String TOKEN = "aoc_canaryTOKEN0a1b2c3d";
  private static final String PROXY_URL = "http://x:" + TOKEN + "@gateway.example:10255";
  private static final String USERINFO_URL = "https://user:canary-PASS-99887766@example.com/x";

  @Test
  void containerConfigDoesNotPrintTheAgentTokenInsideTheProxyUrl() {
    ContainerConfig config =
        ContainerConfig.builder()
            .env(Map.of("HTTPS_PROXY", PROXY_URL, "HTTP_PROXY", PROXY_URL, "NODE_EXTRA_CA_CERTS", "/etc/ca.pem"))
            .build();
    String printed = config.toString();
    assertFalse(printed.contains("canaryTOKEN"), printed);
    assertTrue(printed.contains("HTTPS_PROXY=http://x:****@gateway.example:10255"), printed);
    assertTrue(printed.contains("/etc/ca.pem"), "other values print as they are: " + printed);
  }

  @Test
  void everyModelPrintsItsCredentialsMasked() throws Exception {
    List<Class<?>> models = new ArrayList<>();
    for (String pkg : List.of("dev.onecli4j.generated.onecli.model", "dev.onecli4j.generated.usersecrets.model")) {
      models.addAll(classesIn(pkg));
    }
    assertTrue(models.size() > 80, "models found: " + models.size());
    int credentialFields = 0;
    int filled = 0;
    for (Class<?> model : models) {
      Method builderOf;
      try {
        builderOf = model.getMethod("builder");
      } catch (NoSuchMethodException e) {
        continue; // an enum or a oneOf wrapper
      }
      Object builder = builderOf.invoke(null);
      for (Field field : model.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        Method setter = setter(builder.getClass(), field.getName(), field.getType());
        if (setter == null) {
          continue;
        }
        boolean credential = isCredential(field);
        credentialFields += credential ? 1 : 0;
        Object value = valueFor(field, credential);
        if (value != null) {
          setter.invoke(builder, value);
          filled++;
        }
      }
      Object built = builder.getClass().getMethod("build").invoke(builder);
      String printed = built.toString();
      for (String canary : List.of("canary-CRED", "canaryTOKEN", "canary-PASS")) {
        assertFalse(printed.contains(canary), model.getSimpleName() + " printed " + printed);
      }
    }
    assertTrue(credentialFields >= 20, "credential fields found: " + credentialFields);
    assertTrue(filled > 200, "fields set: " + filled);
  }

  @Test
  void displayMasksTokensAndUrlPasswordsOnly() {
    assertEquals("http://x:****@h:1 and oc_**** and Bearer ****", Credentials.display("http://x:" + TOKEN + "@h:1 and oc_abcdefghijkl and Bearer abc.def"));
    assertEquals("https://****@github.com/o/r.git", Credentials.display("https://ghtoken1234567@github.com/o/r.git"));
    assertEquals("mailto:someone@example.com, http://example.com/a@b", Credentials.display("mailto:someone@example.com, http://example.com/a@b"));
    assertEquals("null", Credentials.display(null));
  }

  private static boolean isCredential(Field field) {
    JsonSerialize s = field.getAnnotation(JsonSerialize.class);
    return s != null && (s.using() == Credentials.Serializer.class || s.contentUsing() == Credentials.Serializer.class);
  }

  private static Object valueFor(Field field, boolean credential) {
    Class<?> type = field.getType();
    String text = credential ? CREDENTIAL : (field.getName().toLowerCase().contains("url") ? USERINFO_URL : PROXY_URL);
    if (type == String.class) {
      return text;
    }
    if (type == Map.class && elementType(field, 1) == String.class) {
      return Map.of("KEY_A", text, "HTTPS_PROXY", PROXY_URL);
    }
    if (type == List.class && elementType(field, 0) == String.class) {
      return List.of(text);
    }
    return null;
  }

  private static Type elementType(Field field, int index) {
    Type generic = field.getGenericType();
    if (!(generic instanceof ParameterizedType)) {
      return null;
    }
    Type[] args = ((ParameterizedType) generic).getActualTypeArguments();
    return index < args.length ? args[index] : null;
  }

  private static Method setter(Class<?> builder, String name, Class<?> type) {
    try {
      return builder.getMethod(name, type);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** The top-level classes of a package, from a directory or a jar on the class path. */
  static List<Class<?>> classesIn(String pkg) throws Exception {
    String path = pkg.replace('.', '/');
    List<String> names = new ArrayList<>();
    Enumeration<URL> roots = ModelToStringHygieneTest.class.getClassLoader().getResources(path);
    for (URL root : Collections.list(roots)) {
      if (root.getProtocol().equals("file")) {
        File[] files = new File(root.toURI()).listFiles();
        for (File f : files == null ? new File[0] : files) {
          names.add(f.getName());
        }
      } else if (root.getProtocol().equals("jar")) {
        try (JarFile jar = ((JarURLConnection) root.openConnection()).getJarFile()) {
          for (JarEntry e : Collections.list(jar.entries())) {
            if (e.getName().startsWith(path + "/") && e.getName().indexOf('/', path.length() + 1) < 0) {
              names.add(e.getName().substring(path.length() + 1));
            }
          }
        }
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      if (name.endsWith(".class") && !name.contains("$")) {
        classes.add(Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length())));
      }
    }
    return classes;
  }
}
