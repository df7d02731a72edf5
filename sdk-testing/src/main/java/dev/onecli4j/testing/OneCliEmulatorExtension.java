package dev.onecli4j.testing;

import dev.onecli4j.OneCli;
import dev.onecli4j.UserSecrets;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs the emulators for a JUnit 5 test class: one {@link OneCliEmulator} and one
 * {@link UserSecretsEmulator} per class (started when first needed, shared with
 * {@code @Nested} classes, stopped after the class), reset before every test.
 *
 * <p>Test and lifecycle methods (and constructors) may declare parameters of type
 * {@link OneCliEmulator}, {@link OneCli}, {@link UserSecretsEmulator} and {@link UserSecrets};
 * each client parameter is a new client pointed at the emulator.
 *
 * <pre>{@code
 * @ExtendWith(OneCliEmulatorExtension.class)
 * class MyServiceTest {
 *   @Test
 *   void storesTheKey(OneCli client, OneCliEmulator emulator) { ... }
 * }
 * }</pre>
 *
 * <p>Register it with {@code @ExtendWith} or on a {@code static} {@code @RegisterExtension}
 * field; an instance field would miss the class-level start and stop.
 */
public final class OneCliEmulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(OneCliEmulatorExtension.class);
  private static final String KEY = "emulators";

  /** Creates the extension; it has no options. */
  public OneCliEmulatorExtension() {}

  @Override
  public void beforeAll(ExtensionContext context) {
    holder(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    EmulatorHolder holder = store.get(KEY, EmulatorHolder.class);
    if (holder != null && holder.ownerId().equals(context.getUniqueId())) {
      store.remove(KEY);
      holder.close();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    holder(context).reset();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == OneCliEmulator.class
        || type == OneCli.class
        || type == UserSecretsEmulator.class
        || type == UserSecrets.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    EmulatorHolder holder = holder(context);
    if (type == OneCliEmulator.class) {
      return holder.oneCli();
    }
    if (type == OneCli.class) {
      return holder.oneCli().client();
    }
    if (type == UserSecretsEmulator.class) {
      return holder.userSecrets();
    }
    return holder.userSecrets().client();
  }

  /** The holder visible from {@code context}, created in the nearest class context if none is. */
  private static EmulatorHolder holder(ExtensionContext context) {
    synchronized (OneCliEmulatorExtension.class) {
      EmulatorHolder holder = context.getStore(NAMESPACE).get(KEY, EmulatorHolder.class);
      if (holder == null) {
        ExtensionContext owner = classContext(context);
        holder = new EmulatorHolder(owner.getUniqueId());
        owner.getStore(NAMESPACE).put(KEY, holder);
      }
      return holder;
    }
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
      c = c.getParent().get();
    }
    return c;
  }
}
