/**
 * Who is acting: resolves the person (or system process) behind a request, so every command and event names its actor.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package vn.hoso.archive.access;
