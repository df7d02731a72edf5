package dev.onecli4j.buildtests;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one class file uses: its major version, the classes it names, the fields and methods it
 * calls or reads (owner, name, descriptor), and the classes named in descriptors of what it
 * declares or calls. Reads the class-file format directly; nothing is loaded.
 */
final class ClassFileRefs {
  /** A field or method reference: {@code owner} in internal form, e.g. {@code java/lang/String}. */
  record Member(String owner, String name, String descriptor, boolean method) {}

  private static final Pattern DESCRIPTOR_CLASS = Pattern.compile("L([^;<]+);");

  final int major;
  final Set<String> classes = new LinkedHashSet<>();
  final Set<Member> members = new LinkedHashSet<>();

  private ClassFileRefs(int major) {
    this.major = major;
  }

  static ClassFileRefs read(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    ClassFileRefs refs = new ClassFileRefs(in.readUnsignedShort());
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    int[][] entries = new int[count][];
    int[] tags = new int[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      tags[i] = tag;
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7, 8, 16, 19, 20 -> entries[i] = new int[] {in.readUnsignedShort()};
        case 3, 4 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++;
        }
        case 9, 10, 11, 12, 17, 18 -> entries[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
        case 15 -> entries[i] = new int[] {in.readUnsignedByte(), in.readUnsignedShort()};
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    for (int i = 1; i < count; i++) {
      switch (tags[i]) {
        case 7 -> refs.addClass(utf8[entries[i][0]]);
        case 16 -> refs.addDescriptor(utf8[entries[i][0]]);
        case 9, 10, 11 -> {
          String owner = utf8[entries[entries[i][0]][0]];
          int[] nameAndType = entries[entries[i][1]];
          String descriptor = utf8[nameAndType[1]];
          refs.addDescriptor(descriptor);
          if (!owner.startsWith("[")) {
            refs.members.add(new Member(owner, utf8[nameAndType[0]], descriptor, tags[i] != 9));
          }
        }
        default -> {}
      }
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    in.readUnsignedShort();
    in.skipBytes(2 * in.readUnsignedShort());
    for (int kind = 0; kind < 2; kind++) {
      int n = in.readUnsignedShort();
      for (int m = 0; m < n; m++) {
        in.readUnsignedShort();
        in.readUnsignedShort();
        refs.addDescriptor(utf8[in.readUnsignedShort()]);
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
          in.readUnsignedShort();
          in.skipBytes(in.readInt());
        }
      }
    }
    return refs;
  }

  private void addClass(String name) {
    if (name.startsWith("[")) {
      addDescriptor(name);
    } else {
      classes.add(name);
    }
  }

  private void addDescriptor(String descriptor) {
    Matcher m = DESCRIPTOR_CLASS.matcher(descriptor);
    while (m.find()) {
      classes.add(m.group(1));
    }
  }
}
