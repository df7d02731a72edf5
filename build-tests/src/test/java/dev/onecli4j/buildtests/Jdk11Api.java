package dev.onecli4j.buildtests;

import com.sun.source.util.JavacTask;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The Java SE 11 API as {@code javac --release 11} sees it (from the running JDK's record of
 * older releases, so no JDK 11 is needed): whether a class, field or method of the JDK exists there.
 */
final class Jdk11Api {
  private static final Set<String> JDK_ROOTS = Set.of("java/", "javax/", "jdk/", "sun/", "com/sun/", "org/w3c/", "org/xml/", "org/ietf/");
  private static final Set<String> SIGNATURE_POLYMORPHIC = Set.of("java/lang/invoke/MethodHandle", "java/lang/invoke/VarHandle");

  private final Elements elements;
  private final Types types;
  private final Map<String, TypeElement> cache = new HashMap<>();

  Jdk11Api() {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    SimpleJavaFileObject empty =
        new SimpleJavaFileObject(URI.create("string:///Empty.java"), SimpleJavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return "class Empty {}";
          }
        };
    JavacTask task = (JavacTask) javac.getTask(null, null, null, List.of("--release", "11", "-proc:none"), null, List.of(empty));
    try {
      task.analyze();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    elements = task.getElements();
    types = task.getTypes();
  }

  /** Whether the internal name, e.g. {@code java/util/HexFormat}, is in a JDK package. */
  static boolean isJdk(String internalName) {
    return JDK_ROOTS.stream().anyMatch(internalName::startsWith);
  }

  /** Whether the class exists in Java 11's API. */
  boolean hasClass(String internalName) {
    return type(internalName) != null;
  }

  /** Whether the field or method, found in the owner or what it inherits, exists in Java 11's API. */
  boolean hasMember(ClassFileRefs.Member member) {
    TypeElement owner = type(member.owner());
    if (owner == null) {
      return false;
    }
    if (SIGNATURE_POLYMORPHIC.contains(member.owner())) {
      return elements.getAllMembers(owner).stream().anyMatch(e -> e.getSimpleName().contentEquals(member.name()));
    }
    return matches(elements.getAllMembers(owner), member)
        || matches(elements.getAllMembers(type("java/lang/Object")), member);
  }

  private boolean matches(List<? extends Element> candidates, ClassFileRefs.Member member) {
    for (Element e : candidates) {
      String name = e.getKind() == ElementKind.CONSTRUCTOR ? "<init>" : e.getSimpleName().toString();
      if (!name.equals(member.name()) || e.getKind().isField() == member.method()) {
        continue;
      }
      if (descriptor(e).equals(member.descriptor())) {
        return true;
      }
    }
    return false;
  }

  private String descriptor(Element e) {
    if (e.getKind().isField()) {
      return descriptor(e.asType());
    }
    ExecutableElement m = (ExecutableElement) e;
    StringBuilder sb = new StringBuilder("(");
    m.getParameters().forEach(p -> sb.append(descriptor(p.asType())));
    return sb.append(')').append(descriptor(m.getReturnType())).toString();
  }

  private String descriptor(TypeMirror type) {
    TypeMirror t = types.erasure(type);
    switch (t.getKind()) {
      case BOOLEAN: return "Z";
      case BYTE: return "B";
      case CHAR: return "C";
      case SHORT: return "S";
      case INT: return "I";
      case LONG: return "J";
      case FLOAT: return "F";
      case DOUBLE: return "D";
      case VOID: return "V";
      case ARRAY: return "[" + descriptor(((ArrayType) t).getComponentType());
      case DECLARED:
        TypeElement te = (TypeElement) ((DeclaredType) t).asElement();
        return "L" + elements.getBinaryName(te).toString().replace('.', '/') + ";";
      default:
        throw new IllegalStateException("no descriptor for " + t);
    }
  }

  private TypeElement type(String internalName) {
    return cache.computeIfAbsent(internalName, n -> elements.getTypeElement(n.replace('/', '.').replace('$', '.')));
  }
}
