package dev.onecli4j.internal.text;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import okhttp3.Headers;

/**
 * The headers of an error answer as an unmodifiable map from name, looked up without regard to
 * case, to values, with the credentials a request carried masked in every value when it is made.
 * Iterated, it is the map OkHttp's {@code toMultimap()} gives (lower-case names) sorted by name.
 * An {@code ApiException} keeps it as it is, where it copies any other map; a lookup by name reads
 * the masked pairs directly, so the sorted map is built only when the headers are iterated.
 */
public final class ScrubbedHeaders extends AbstractMap<String, List<String>> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Name, masked value, name, masked value, ... in the order of the answer. */
  private final String[] namesAndValues;
  /** The map iteration shows, built at the first iteration. */
  private transient volatile Map<String, List<String>> sorted;

  private ScrubbedHeaders(String[] namesAndValues) {
    this.namesAndValues = namesAndValues;
  }

  /** {@code headers} with every value masked by {@code secrets}. */
  public static ScrubbedHeaders of(Headers headers, KnownSecrets secrets) {
    String[] pairs = new String[headers.size() * 2];
    for (int i = 0; i < headers.size(); i++) {
      pairs[2 * i] = headers.name(i);
      pairs[2 * i + 1] = secrets.scrub(headers.value(i));
    }
    return new ScrubbedHeaders(pairs);
  }

  @Override
  public List<String> get(Object key) {
    if (!(key instanceof String)) {
      return null;
    }
    String name = (String) key;
    String first = null;
    List<String> more = null;
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!namesAndValues[i].equalsIgnoreCase(name)) {
        continue;
      }
      if (first == null) {
        first = namesAndValues[i + 1];
      } else {
        if (more == null) {
          more = new ArrayList<>(4);
          more.add(first);
        }
        more.add(namesAndValues[i + 1]);
      }
    }
    if (first == null) {
      return null;
    }
    return more == null ? Collections.singletonList(first) : Collections.unmodifiableList(more);
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public boolean isEmpty() {
    return namesAndValues.length == 0;
  }

  @Override
  public int size() {
    return sorted().size();
  }

  @Override
  public Set<Entry<String, List<String>>> entrySet() {
    return sorted().entrySet();
  }

  @Override
  public Set<String> keySet() {
    return sorted().keySet();
  }

  @Override
  public Collection<List<String>> values() {
    return sorted().values();
  }

  // Unmodifiable like the map it stands for: every change throws, whether or not it would change anything.

  @Override
  public List<String> put(String key, List<String> value) {
    throw unmodifiable();
  }

  @Override
  public List<String> remove(Object key) {
    throw unmodifiable();
  }

  @Override
  public void putAll(Map<? extends String, ? extends List<String>> m) {
    throw unmodifiable();
  }

  @Override
  public void clear() {
    throw unmodifiable();
  }

  @Override
  public List<String> putIfAbsent(String key, List<String> value) {
    throw unmodifiable();
  }

  @Override
  public boolean remove(Object key, Object value) {
    throw unmodifiable();
  }

  @Override
  public boolean replace(String key, List<String> oldValue, List<String> newValue) {
    throw unmodifiable();
  }

  @Override
  public List<String> replace(String key, List<String> value) {
    throw unmodifiable();
  }

  @Override
  public List<String> computeIfAbsent(String key, Function<? super String, ? extends List<String>> f) {
    throw unmodifiable();
  }

  @Override
  public List<String> computeIfPresent(
      String key, BiFunction<? super String, ? super List<String>, ? extends List<String>> f) {
    throw unmodifiable();
  }

  @Override
  public List<String> compute(String key, BiFunction<? super String, ? super List<String>, ? extends List<String>> f) {
    throw unmodifiable();
  }

  @Override
  public List<String> merge(
      String key, List<String> value, BiFunction<? super List<String>, ? super List<String>, ? extends List<String>> f) {
    throw unmodifiable();
  }

  @Override
  public void replaceAll(BiFunction<? super String, ? super List<String>, ? extends List<String>> f) {
    throw unmodifiable();
  }

  private static UnsupportedOperationException unmodifiable() {
    return new UnsupportedOperationException("the headers of an answer cannot be changed");
  }

  private Map<String, List<String>> sorted() {
    Map<String, List<String>> map = sorted;
    if (map == null) {
      TreeMap<String, List<String>> tree = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (int i = 0; i < namesAndValues.length; i += 2) {
        tree.computeIfAbsent(namesAndValues[i].toLowerCase(Locale.US), k -> new ArrayList<>(1)).add(namesAndValues[i + 1]);
      }
      for (Map.Entry<String, List<String>> e : tree.entrySet()) {
        e.setValue(Collections.unmodifiableList(e.getValue()));
      }
      map = Collections.unmodifiableMap(tree);
      sorted = map;
    }
    return map;
  }
}
