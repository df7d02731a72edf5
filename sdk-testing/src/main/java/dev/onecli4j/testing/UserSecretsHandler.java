package dev.onecli4j.testing;

import dev.onecli4j.generated.usersecrets.model.ProviderPreset;
import dev.onecli4j.generated.usersecrets.model.ProviderPresetList;
import dev.onecli4j.generated.usersecrets.model.UserSecret;
import dev.onecli4j.generated.usersecrets.model.UserSecretList;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The user-secrets API behind {@link UserSecretsEmulator}; routes run one at a time. */
final class UserSecretsHandler implements Handler {
  static final List<String> BASE = Arrays.asList("api", "v1");

  private final Clock clock;
  private final String token;
  private final UserSecretStore store = new UserSecretStore();
  private final Router router = new Router();

  UserSecretsHandler(Clock clock, String token) {
    this.clock = clock;
    this.token = token;
    router.add("GET", "/user/secrets/presets", (ex, p) -> presets());
    router.add("POST", "/user/secrets/preset", (ex, p) -> createFromPreset(ex));
    router.add("GET", "/user/secrets", (ex, p) -> list());
    router.add("POST", "/user/secrets", (ex, p) -> create(ex));
    router.add("PUT", "/user/secrets/{secret_id}", (ex, p) -> rotate(ex, p.get("secret_id")));
    router.add("DELETE", "/user/secrets/{secret_id}", (ex, p) -> delete(p.get("secret_id")));
  }

  @Override
  public synchronized Reply handle(Exchange ex) {
    Router.Match match = ex.segments() == null ? null : router.match(ex.method(), ex.segments());
    if (match == null) {
      return UserSecretErrors.canonical(404, "not_found_error", "Not Found");
    }
    if (!AuthCheck.accepts(ex, token)) {
      return UserSecretErrors.unauthorized();
    }
    try {
      return match.handle(ex);
    } catch (ApiError e) {
      return e.reply();
    }
  }

  @Override
  public Reply failure(Exchange ex, int status, String message) {
    return UserSecretErrors.canonical(status, UserSecretErrors.typeFor(status), message);
  }

  synchronized void reset() {
    store.clear();
  }

  synchronized String value(String id) {
    StoredUserSecret s = store.get(id);
    return s == null ? null : s.value;
  }

  private Reply presets() {
    List<ProviderPreset> out = new ArrayList<>();
    for (Map.Entry<String, String> e : ProviderPresets.ENV_VARS.entrySet()) {
      out.add(
          ProviderPreset.builder()
              .provider(e.getKey())
              .envVarName(e.getValue())
              .configured(store.hasProvider(e.getKey()))
              .build());
    }
    return Reply.json(200, ProviderPresetList.builder().presets(out).build());
  }

  private Reply createFromPreset(Exchange ex) {
    BodyFields body = new BodyFields(ex.json());
    String provider = body.required("provider");
    String value = body.required("value");
    body.done();
    String name = ProviderPresets.ENV_VARS.get(provider);
    if (name == null) {
      throw UserSecretErrors.notFound("Unknown provider: " + provider);
    }
    return add(name, provider, value);
  }

  private Reply create(Exchange ex) {
    BodyFields body = new BodyFields(ex.json());
    String name = body.required("name");
    String value = body.required("value");
    String provider = body.optional("provider");
    body.done();
    return add(name, provider, value);
  }

  private Reply add(String name, String provider, String value) {
    if (store.hasName(name)) {
      throw UserSecretErrors.conflict("A secret named " + name + " already exists");
    }
    StoredUserSecret s = new StoredUserSecret(Ids.uuid(), name, provider, value, now());
    store.add(s);
    return Reply.json(201, s.toUserSecret());
  }

  private Reply list() {
    List<UserSecret> out = new ArrayList<>();
    for (StoredUserSecret s : store.all()) {
      out.add(s.toUserSecret());
    }
    return Reply.json(200, UserSecretList.builder().secrets(out).total(out.size()).build());
  }

  private Reply rotate(Exchange ex, String id) {
    BodyFields body = new BodyFields(ex.json());
    String value = body.required("value");
    body.done();
    StoredUserSecret s = find(id);
    s.value = value;
    s.updatedAt = now();
    return Reply.json(200, s.toUserSecret());
  }

  private Reply delete(String id) {
    store.remove(find(id).id);
    return Reply.empty(204);
  }

  private StoredUserSecret find(String id) {
    StoredUserSecret s = store.get(id);
    if (s == null) {
      throw UserSecretErrors.notFound("Secret not found");
    }
    return s;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
