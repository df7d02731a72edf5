package dev.onecli4j.examples;

import dev.onecli4j.OneCli;
import dev.onecli4j.http.CallContext;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.context.Context;
import io.opentelemetry.instrumentation.api.instrumenter.AttributesExtractor;
import io.opentelemetry.instrumentation.okhttp.v3_0.OkHttpTelemetry;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * OpenTelemetry tracing of every OneCLI call: OpenTelemetry's OkHttp instrumentation wraps the
 * SDK's OkHttp client ({@code callFactory}), so each attempt the SDK makes is a client span under
 * the caller's current span, with W3C trace headers sent. The SDK's {@link CallContext} names the
 * span after the route ({@code GET /secrets/{secretId}}) and adds the operation, attempt and
 * idempotency as attributes.
 *
 * <p>It lives beside the tests because OpenTelemetry is a test-scope dependency of this module;
 * {@code TracingTest} runs it against the emulator with an in-memory span exporter.
 */
public final class Tracing {
  /** The operation id, e.g. {@code listSecrets}. */
  public static final AttributeKey<String> OPERATION = AttributeKey.stringKey("onecli.operation_id");
  /** The attempt of the call, from 1. */
  public static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("onecli.attempt");
  /** Whether the SDK may repeat the call. */
  public static final AttributeKey<Boolean> IDEMPOTENT = AttributeKey.booleanKey("onecli.idempotent");

  private Tracing() {}

  /** Builds a client whose every attempt is a client span of {@code openTelemetry}. */
  public static OneCli tracedClient(OneCli.Builder builder, OpenTelemetry openTelemetry) {
    OkHttpTelemetry telemetry =
        OkHttpTelemetry.builder(openTelemetry)
            .addAttributesExtractor(new CallAttributes())
            .setSpanNameExtractorCustomizer(
                byMethod -> chain -> {
                  CallContext call = chain.request().tag(CallContext.class);
                  return call == null ? byMethod.extract(chain) : call.method() + " " + call.pathTemplate();
                })
            .build();
    return builder.callFactory(telemetry::createCallFactory).build();
  }

  /** Copies the SDK's {@link CallContext} of the request onto its span. */
  private static final class CallAttributes implements AttributesExtractor<Interceptor.Chain, Response> {
    @Override
    public void onStart(AttributesBuilder attributes, Context parentContext, Interceptor.Chain chain) {
      CallContext call = chain.request().tag(CallContext.class);
      if (call != null) {
        attributes.put(OPERATION, call.operationId());
        attributes.put(ATTEMPT, (long) call.attempt());
        attributes.put(IDEMPOTENT, call.idempotent());
      }
    }

    @Override
    public void onEnd(
        AttributesBuilder attributes, Context context, Interceptor.Chain chain, Response response, Throwable error) {}
  }
}
