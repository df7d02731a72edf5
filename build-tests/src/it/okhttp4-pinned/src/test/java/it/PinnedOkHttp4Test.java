package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onecli4j.buildtests.ClassCopies;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The application pins okhttp 4.12.0: two copies of okhttp3, and the check sees both. */
class PinnedOkHttp4Test {
  @Test
  void theCheckSeesBothCopies() {
    ClassLoader loader = getClass().getClassLoader();
    System.out.print(ClassCopies.writeReport(loader));
    Set<String> expected = new TreeSet<>(List.of(System.getProperty("expected.okhttp.jars").split(",")));
    assertEquals(expected, new TreeSet<>(ClassCopies.of(loader, "okhttp3.OkHttpClient")));
  }
}
