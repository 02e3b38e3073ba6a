package io.tqc.serve;

import java.util.concurrent.Semaphore;

/**
 * Bounds the requests that check text at once, those running and those waiting for a worker,
 * so memory stays bounded whatever the clients send; one more is refused (503) at once rather
 * than queued without end.
 */
final class Admission {
  private final Semaphore places;

  Admission(int places) {
    this.places = new Semaphore(places);
  }

  boolean tryEnter() {
    return places.tryAcquire();
  }

  void leave() {
    places.release();
  }
}
