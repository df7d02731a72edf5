package dev.onecli4j.reliability;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.http.RetryPolicy;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.param.SecretUpdateParams;
import dev.onecli4j.service.usersecrets.UserSecretCreateParams;
import java.util.concurrent.CompletableFuture;

/**
 * The calls the reliability tests drive, one per HTTP method class: list (GET), create (POST),
 * update (PATCH) and delete (DELETE) of {@code client.secrets()}, rotate (PUT) and create (POST)
 * of {@code UserSecrets}, and a POST without a body (regenerating an agent's token). Each knows its request line and a success answer shaped like the
 * real server's.
 */
public enum Op {
  LIST("GET", "/v1/secrets", 200, Bodies.SECRET_LIST) {
    @Override
    public Object call(Clients c, String value, RequestOptions ro) {
      return c.oneCli().secrets().list(ro);
    }

    @Override
    public CompletableFuture<?> callAsync(Clients c, String value, RequestOptions ro) {
      return c.oneCli().async().secrets().list(ro);
    }
  },
  CREATE("POST", "/v1/secrets", 201, Bodies.SECRET_CREATED) {
    @Override
    public Object call(Clients c, String value, RequestOptions ro) {
      return c.oneCli().secrets().create(createParams(value), ro);
    }

    @Override
    public CompletableFuture<?> callAsync(Clients c, String value, RequestOptions ro) {
      return c.oneCli().async().secrets().create(createParams(value), ro);
    }
  },
  UPDATE("PATCH", "/v1/secrets/" + Op.SECRET_ID, 200, "{\"success\":true}") {
    @Override
    public Object call(Clients c, String value, RequestOptions ro) {
      return c.oneCli().secrets().update(SECRET_ID, updateParams(value), ro);
    }

    @Override
    public CompletableFuture<?> callAsync(Clients c, String value, RequestOptions ro) {
      return c.oneCli().async().secrets().update(SECRET_ID, updateParams(value), ro);
    }
  },
  DELETE("DELETE", "/v1/secrets/" + Op.SECRET_ID, 204, "") {
    @Override
    public Object call(Clients c, String value, RequestOptions ro) {
      c.oneCli().secrets().delete(SECRET_ID, ro);
      return null;
    }

    @Override
    public CompletableFuture<?> callAsync(Clients c, String value, RequestOptions ro) {
      return c.oneCli().async().secrets().delete(SECRET_ID, ro);
    }
  },
  ROTATE("PUT", "/api/v1/user/secrets/" + Op.USER_SECRET_ID, 200, Bodies.USER_SECRET) {
    @Override
    public Object call(Clients c, String value, RequestOptions ro) {
      return c.userSecrets().secrets().rotate(USER_SECRET_ID, value, ro);
    }

    @Override
    public CompletableFuture<?> callAsync(Clients c, String value, RequestOptions ro) {
      return c.userSecrets().async().secrets().rotate(USER_SECRET_ID, value, ro);
    }
  },
  USER_CREATE("POST", "/api/v1/user/secrets", 201, Bodies.USER_SECRET) {
    @Override
    public Object call(Clients c, String value, RequestOptions ro) {
      return c.userSecrets().secrets().create(userCreateParams(value), ro);
    }

    @Override
    public CompletableFuture<?> callAsync(Clients c, String value, RequestOptions ro) {
      return c.userSecrets().async().secrets().create(userCreateParams(value), ro);
    }
  },
  /** A POST without a body: nothing marks a repeat of it as one, so OkHttp would resend it freely. */
  REGENERATE("POST", "/v1/agents/" + Op.AGENT_ID + "/regenerate-token", 200, "{\"accessToken\":\"aoc_regenerated_0a1b2c3d4e5f\"}") {
    @Override
    public Object call(Clients c, String value, RequestOptions ro) {
      return c.oneCli().agents().regenerateToken(AGENT_ID, ro);
    }

    @Override
    public CompletableFuture<?> callAsync(Clients c, String value, RequestOptions ro) {
      return c.oneCli().async().agents().regenerateToken(AGENT_ID, ro);
    }
  };

  /** The id of the agent whose token REGENERATE renews. */
  public static final String AGENT_ID = "a9e8d7c6-0000-4000-8000-000000000003";

  /** The id of the OneCLI secret that update and delete address. */
  public static final String SECRET_ID = "5d1c0b7a-0000-4000-8000-000000000001";
  /** The id of the user secret that rotate addresses. */
  public static final String USER_SECRET_ID = "0b7a5d1c-0000-4000-8000-000000000002";
  /** The secret value sent unless a test gives its own. */
  public static final String VALUE = "sk_live_reliability_0123456789";

  private final String method;
  private final String path;
  private final int successStatus;
  private final String successBody;

  Op(String method, String path, int successStatus, String successBody) {
    this.method = method;
    this.path = path;
    this.successStatus = successStatus;
    this.successBody = successBody;
  }

  /** Makes the call, blocking. */
  public abstract Object call(Clients c, String value, RequestOptions ro);

  /** Makes the call through the async API. */
  public abstract CompletableFuture<?> callAsync(Clients c, String value, RequestOptions ro);

  /** Makes the call with the default value and no per-call options. */
  public Object call(Clients c) {
    return call(c, VALUE, RequestOptions.none());
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The encoded path the server sees. */
  public String path() {
    return path;
  }

  /** Whether the retry policy treats the method as safe to repeat after any failure. */
  public boolean idempotent() {
    return RetryPolicy.isIdempotent(method);
  }

  /** The success status. */
  public int successStatus() {
    return successStatus;
  }

  /** The success body ("" for none). */
  public String successBody() {
    return successBody;
  }

  /** Whether the success answer has a body. */
  public boolean hasBody() {
    return !successBody.isEmpty();
  }

  static SecretCreateParams createParams(String value) {
    return SecretCreateParams.builder()
        .name("Stripe")
        .type(SecretType.GENERIC)
        .value(value)
        .hostPattern("api.stripe.com")
        .injection(Injection.header("Authorization", "Bearer {value}"))
        .build();
  }

  static SecretUpdateParams updateParams(String value) {
    return SecretUpdateParams.builder().value(value).build();
  }

  static UserSecretCreateParams userCreateParams(String value) {
    return UserSecretCreateParams.builder().name("STRIPE_API_KEY").value(value).provider("stripe").build();
  }

  /** Answers shaped like the real servers'. */
  public static final class Bodies {
    /** A list of OneCLI secrets. */
    public static final String SECRET_LIST =
        "[{\"id\":\"" + SECRET_ID + "\",\"name\":\"Stripe\",\"type\":\"generic\",\"valueSource\":\"inline\",\"opRef\":null,"
            + "\"hostPattern\":\"api.stripe.com\",\"pathPattern\":null,"
            + "\"injectionConfig\":{\"headerName\":\"Authorization\",\"valueFormat\":\"Bearer {value}\"},"
            + "\"metadata\":null,\"scope\":\"workspace\",\"typeLabel\":\"Generic\",\"createdAt\":\"2026-03-04T05:06:07.890Z\"}]";
    /** A OneCLI create answer. */
    public static final String SECRET_CREATED =
        "{\"id\":\"" + SECRET_ID + "\",\"name\":\"Stripe\",\"type\":\"generic\",\"valueSource\":\"inline\",\"opRef\":null,"
            + "\"hostPattern\":\"api.stripe.com\",\"pathPattern\":null,\"createdAt\":\"2026-03-04T05:06:07.890Z\","
            + "\"preview\":\"sk_l••••••••6789\",\"attachedAgents\":[]}";
    /** A user secret. */
    public static final String USER_SECRET =
        "{\"id\":\"" + USER_SECRET_ID + "\",\"name\":\"STRIPE_API_KEY\",\"provider\":\"stripe\","
            + "\"masked_value\":\"sk_l••••6789\",\"created_at\":\"2026-01-02T03:04:05.678Z\","
            + "\"updated_at\":\"2026-01-02T03:04:05.678+01:00\"}";

    private Bodies() {}
  }
}
