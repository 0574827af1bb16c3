/**
 * Conventions shared by every HTTP endpoint: errors are RFC 9457 problem details carrying a stable {@code code}
 * that clients and the UI translate; stack traces stay in the logs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "HTTP API conventions")
package vn.hoso.archive.api;
