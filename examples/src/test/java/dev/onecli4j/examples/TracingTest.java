package dev.onecli4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.testing.OneCliEmulator;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Tracing} against the emulator, its spans caught by OpenTelemetry's in-memory exporter. */
class TracingTest {
  private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final SdkTracerProvider tracing =
      SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
  private final OpenTelemetrySdk openTelemetry =
      OpenTelemetrySdk.builder()
          .setTracerProvider(tracing)
          .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
          .build();
  private final OneCliEmulator emulator = OneCliEmulator.start();

  @AfterEach
  void close() {
    emulator.close();
    openTelemetry.close();
  }

  private List<SpanData> spansNamed(String name) {
    return exporter.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).collect(Collectors.toList());
  }

  @Test
  void eachCallIsAClientSpanUnderTheCallersSpanNamedAfterItsRoute() {
    Span job = openTelemetry.getTracer("app").spanBuilder("nightly-sync").startSpan();
    try (OneCli client = Tracing.tracedClient(emulator.clientBuilder(), openTelemetry);
        Scope ignored = job.makeCurrent()) {
      client.secrets().list();
    } finally {
      job.end();
    }
    List<SpanData> calls = spansNamed("GET /secrets");
    assertEquals(1, calls.size(), exporter.getFinishedSpanItems().toString());
    SpanData call = calls.get(0);
    assertEquals(SpanKind.CLIENT, call.getKind());
    assertEquals(job.getSpanContext().getTraceId(), call.getTraceId());
    assertEquals(job.getSpanContext().getSpanId(), call.getParentSpanId());
    assertEquals("listSecrets", call.getAttributes().get(Tracing.OPERATION));
    assertEquals(1L, call.getAttributes().get(Tracing.ATTEMPT));
    assertEquals(true, call.getAttributes().get(Tracing.IDEMPOTENT));
    assertEquals(200L, call.getAttributes().get(STATUS));
    assertTrue(emulator.requests().get(emulator.requests().size() - 1).hasHeader("traceparent"), "the trace context travels");
  }

  @Test
  void aRetriedCallIsOneSpanPerAttemptTheSdkMade() {
    emulator.faults().failNext(1, 503);
    try (OneCli client = Tracing.tracedClient(emulator.clientBuilder().maxRetries(2), openTelemetry)) {
      client.agents().list();
    }
    List<SpanData> attempts = spansNamed("GET /agents");
    assertEquals(2, attempts.size(), exporter.getFinishedSpanItems().toString());
    assertEquals(List.of(1L, 2L), attempts.stream().map(s -> s.getAttributes().get(Tracing.ATTEMPT)).sorted().collect(Collectors.toList()));
    assertEquals(
        List.of(200L, 503L), attempts.stream().map(s -> s.getAttributes().get(STATUS)).sorted().collect(Collectors.toList()));
  }

  @Test
  void aPostAnswered502IsOneSpanAndNoSpanHoldsTheApiKey() {
    emulator.faults().failNext(1, 502);
    try (OneCli client = Tracing.tracedClient(emulator.clientBuilder().maxRetries(2), openTelemetry)) {
      try {
        client.agents().regenerateToken("agent_missing");
      } catch (RuntimeException expected) {
        // a 502 to a POST: the server may have acted on it, so it is not repeated
      }
    }
    List<SpanData> attempts = spansNamed("POST /agents/{agentId}/regenerate-token");
    assertEquals(1, attempts.size(), exporter.getFinishedSpanItems().toString());
    assertEquals(false, attempts.get(0).getAttributes().get(Tracing.IDEMPOTENT));
    assertEquals(502L, attempts.get(0).getAttributes().get(STATUS));
    assertEquals("regenerateAgentToken", attempts.get(0).getAttributes().get(Tracing.OPERATION));
    String everything = exporter.getFinishedSpanItems().toString();
    assertFalse(everything.contains(emulator.apiKey()), "a span holds the API key");
  }
}
