package dev.onecli4j.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mockwebserver3.RecordedRequest;

/** The requests an emulator received, in order. Thread-safe. */
final class RequestLog {
  private final List<EmulatedRequest> requests = new ArrayList<>();

  synchronized void record(RecordedRequest request) {
    requests.add(
        new EmulatedRequest(request.getMethod(), request.getUrl().encodedPath(), request.getHeaders().names()));
  }

  synchronized int count() {
    return requests.size();
  }

  synchronized List<EmulatedRequest> snapshot() {
    return Collections.unmodifiableList(new ArrayList<>(requests));
  }

  synchronized void clear() {
    requests.clear();
  }
}
