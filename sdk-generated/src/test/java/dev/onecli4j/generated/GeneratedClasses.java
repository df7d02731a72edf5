package dev.onecli4j.generated;

import java.io.File;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

/** Finds the generated classes of a package on the test classpath. */
final class GeneratedClasses {
  private GeneratedClasses() {}

  static List<Class<?>> inPackage(String pkg) throws Exception {
    List<Class<?>> out = new ArrayList<>();
    Enumeration<URL> dirs = GeneratedClasses.class.getClassLoader().getResources(pkg.replace('.', '/'));
    while (dirs.hasMoreElements()) {
      File dir = new File(dirs.nextElement().toURI());
      File[] files = dir.listFiles((d, name) -> name.endsWith(".class") && !name.contains("$"));
      if (files == null) {
        continue;
      }
      for (File f : files) {
        out.add(Class.forName(pkg + "." + f.getName().replace(".class", "")));
      }
    }
    out.sort((a, b) -> a.getName().compareTo(b.getName()));
    return out;
  }
}
