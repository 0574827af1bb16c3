/**
 * The guided demo that {@code ./hoso demo} runs once the application is up: it receives a dossier, uploads a small
 * batch of Vietnamese scans through the public HTTP API, waits for them to become searchable, then prints a search
 * typed without diacritics and the dossier's history. It talks to the application only over HTTP, as a client would.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package vn.hoso.archive.demo;
